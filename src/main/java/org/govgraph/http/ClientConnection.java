package org.govgraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Whether the client of a request is still there, while the request is being answered. Jetty does not read
 * from a connection whose request it has fully read, so a client that went away goes unnoticed; this probe
 * reads from the socket itself: -1 means the client closed it. Used only after the request body was read.
 * HTTP pipelining (a next request sent before this answer) would lose a byte here; browsers and the usual
 * clients do not pipeline, and after any byte the probe stops and the connection is closed after the answer.
 */
final class ClientConnection {

    private final SocketChannel channel;
    private final Context ctx;
    private boolean stopped;

    private ClientConnection(SocketChannel channel, Context ctx) {
        this.channel = channel;
        this.ctx = ctx;
    }

    /** A probe for this request's connection; one that always answers "there" when the socket cannot be reached. */
    static ClientConnection of(Context ctx) {
        try {
            EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                    .getConnection().getEndPoint();
            if (endPoint instanceof SocketChannelEndPoint socket && socket.getChannel() instanceof SocketChannel channel) {
                return new ClientConnection(channel, ctx);
            }
        } catch (RuntimeException e) {
            // not a plain socket (tests through other connectors): nothing to probe
        }
        return new ClientConnection(null, ctx);
    }

    /** False once the client is known to have closed the connection. */
    boolean open() {
        if (channel == null || stopped) {
            return true;
        }
        try {
            int read = channel.read(ByteBuffer.allocate(1));
            if (read > 0) {
                stopped = true;
                ctx.header("Connection", "close");
            }
            return read >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
