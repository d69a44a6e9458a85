// The one way the console's scripts make an element: text always as text, never as HTML.

/** A {@code tag} element with {@code className}, text and attributes (any may be left out). */
export function el(tag, className, text, attributes) {
    const element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null && text !== '') { element.textContent = String(text); }
    Object.keys(attributes || {}).forEach((name) => { element.setAttribute(name, attributes[name]); });
    return element;
}
