package jp.shiori.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every container test shares: the EAR exactly as the build made it, with the in-container
 * test classes added to its web module (an EAR is not a class container). Arquillian deploys it once for
 * the suite ({@link jp.shiori.it.arquillian.SharedDeploymentExtension}); each test creates its own data.
 */
public abstract class ShioriDeployment {

    static final String WEB_MODULE = "library-web.war";

    @Deployment
    public static EnterpriseArchive shiori() {
        File built = new File(System.getProperty("shiori.ear", "../library-ear/target/shiori.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "shiori.ear")
                .importFrom(built)
                .as(EnterpriseArchive.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE)
                .addClass(ShioriDeployment.class)
                .addPackages(true, "jp.shiori.it.incontainer");
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }

    /** Where a client-side test finds the application: the web module is the root context. */
    protected static URI baseUri(URL deploymentUrl) {
        String url = deploymentUrl == null ? "http://localhost:8080/" : deploymentUrl.toExternalForm();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }
}
