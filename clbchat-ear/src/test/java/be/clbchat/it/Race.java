package be.clbchat.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Actions let go at the same instant: each runs on a thread of its own and waits on one start barrier, so that none
 * has a head start (a thread pool alone starts them one after the other).
 */
final class Race {

    private Race() {
    }

    /** Runs every side at once; their answers in the order given. */
    static <T> List<T> atOnce(List<Callable<T>> sides) throws Exception {
        CyclicBarrier start = new CyclicBarrier(sides.size());
        ExecutorService threads = Executors.newFixedThreadPool(sides.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> side : sides) {
                running.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return side.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : running) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
