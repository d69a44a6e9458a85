// The one way the staff pages call the API: JSON in and out, and the errors a person can act on, in Dutch.

/**
 * {@code method} on {@code url} with {@code body} as JSON (if any); the answer's JSON, null for 204. Throws an Error
 * whose message says what to do: offline, logged out (an ended session answers with the login page, a redirect), or
 * the server's own message for a refusal.
 */
export async function call(method, url, body) {
    let response;
    try {
        response = await fetch(url, { method, credentials: 'same-origin',
            headers: Object.assign({ Accept: 'application/json' }, body ? { 'Content-Type': 'application/json' } : {}),
            body: body ? JSON.stringify(body) : undefined });
    } catch (offline) {
        throw new Error('Geen verbinding met de server. Controleer je internet en probeer opnieuw.');
    }
    if (response.redirected || response.status === 401) {
        throw new Error('Je bent afgemeld. Laad de pagina opnieuw om je aan te melden.');
    }
    if (response.status === 204) { return null; }
    let answer;
    try {
        answer = await response.json();
    } catch (notJson) {
        throw new Error('Er ging iets mis (' + response.status + '). Probeer het zo meteen opnieuw.');
    }
    if (!response.ok) { throw new Error(answer.message || 'Er ging iets mis.'); }
    return answer;
}
