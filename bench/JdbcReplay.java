// bench/JdbcReplay.java — the ceiling of the product's own SQL: the statements the backend sent for recorded requests,
// replayed straight over JDBC (the same driver and connection settings as the backend), by CONNS threads each on its
// own connection, each taking the recorded requests in turn. Prints "CONNS req/s" per run on stdout.
//
//   java -cp mysql-connector-j.jar bench/JdbcReplay.java JDBC_URL USER PASSWORD REQUESTS_FILE SECONDS CONNS...
//
// REQUESTS_FILE: one request per line, its statements separated by the character U+001E (record separator), in the
// order the backend sent them. Every result set is read to the end, every column fetched, as the backend reads them.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public class JdbcReplay {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        List<String[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                requests.add(line.split("\u001e"));
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no requests in " + args[3]);
        }
        long seconds = Long.parseLong(args[4]);
        for (int i = 5; i < args.length; i++) {
            int conns = Integer.parseInt(args[i]);
            System.out.printf("%d %.1f%n", conns, run(url, user, password, requests, seconds, conns));
        }
    }

    static double run(String url, String user, String password, List<String[]> requests, long seconds, int conns)
            throws Exception {
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < conns; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    for (int n = offset; System.nanoTime() < end; n++) {
                        for (String sql : requests.get(n % requests.size())) {
                            if (s.execute(sql)) {
                                try (ResultSet rs = s.getResultSet()) {
                                    int cols = rs.getMetaData().getColumnCount();
                                    while (rs.next()) {
                                        for (int col = 1; col <= cols; col++) {
                                            rs.getObject(col);
                                        }
                                    }
                                }
                            }
                        }
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("replay failed", failures.get(0));
        }
        return done.get() / (double) seconds;
    }
}
