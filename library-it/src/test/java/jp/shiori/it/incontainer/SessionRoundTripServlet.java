package jp.shiori.it.incontainer;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingException;

/**
 * Test deployment only: does to the caller's HTTP session what a move to another instance does — every attribute
 * (CDI's session beans, the JSF views with their view-scoped beans, the visitor's basket) is serialized, read back
 * and put in place of the original. Answers 200 "restored …", or 500 naming what could not be serialized.
 *
 * <p>A reference to a local session bean is what the container's own session stream turns into a factory and
 * resolves again on the instance that reads it; plain Java serialization cannot, so this stream writes such a
 * reference as its business interface and reads it back as the application's bean of that interface (JNDI).
 * Everything else must be serializable as it is.
 */
@WebServlet("/it/session-round-trip")
public class SessionRoundTripServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain;charset=UTF-8");
        if (session == null) {
            response.sendError(404, "no session");
            return;
        }
        List<String> names = Collections.list(session.getAttributeNames());
        Map<String, Object> restored = new LinkedHashMap<>();
        for (String name : names) {
            try {
                restored.put(name, roundTrip(session.getAttribute(name)));
            } catch (IOException | ClassNotFoundException e) {
                response.setStatus(500);
                response.getWriter().print("attribute " + name + " does not survive serialization: " + e);
                return;
            }
        }
        restored.forEach(session::setAttribute);
        response.getWriter().print("restored " + restored.size() + " attributes: " + restored.keySet());
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new SessionBeanReplacingOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ApplicationObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    /** A local session bean reference, by its business interface. */
    private record SessionBeanReference(String businessInterface) implements Serializable {
    }

    private static final class SessionBeanReplacingOutputStream extends ObjectOutputStream {

        SessionBeanReplacingOutputStream(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (object != null && Proxy.isProxyClass(object.getClass())
                    && Proxy.getInvocationHandler(object).getClass().getName().startsWith("com.sun.ejb.containers.")) {
                return Stream.of(object.getClass().getInterfaces()).filter(i -> i.getName().startsWith("jp.shiori."))
                        .findFirst().map(i -> (Object) new SessionBeanReference(i.getName())).orElse(object);
            }
            return object;
        }
    }

    /** Reads classes as the application sees them (its own, the EAR's libraries, the server's). */
    private static final class ApplicationObjectInputStream extends ObjectInputStream {

        ApplicationObjectInputStream(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object object) throws IOException {
            return object instanceof SessionBeanReference reference ? localBean(reference.businessInterface()) : object;
        }

        /** The application's local session bean of this business interface ({@code java:app/<module>/<bean>!<it>}). */
        private static Object localBean(String businessInterface) throws IOException {
            try {
                InitialContext jndi = new InitialContext();
                for (NameClassPair module : Collections.list(jndi.list("java:app"))) {
                    String prefix = "java:app/" + module.getName();
                    if (!Context.class.getName().equals(module.getClassName()) && !isContext(jndi, prefix)) {
                        continue;
                    }
                    for (NameClassPair bean : Collections.list(jndi.list(prefix))) {
                        if (bean.getName().endsWith("!" + businessInterface)) {
                            return jndi.lookup(prefix + "/" + bean.getName());
                        }
                    }
                }
            } catch (NamingException e) {
                throw new IOException("no session bean for " + businessInterface, e);
            }
            throw new IOException("no session bean for " + businessInterface);
        }

        private static boolean isContext(InitialContext jndi, String name) {
            try {
                return jndi.lookup(name) instanceof Context;
            } catch (NamingException e) {
                return false;
            }
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
