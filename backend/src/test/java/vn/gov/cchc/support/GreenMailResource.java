package vn.gov.cchc.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server in the test JVM (GreenMail); the application sends to it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        return server;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            int port;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                port = probe.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
