package jp.shiori.it.arquillian;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * One deployment for the whole suite: Arquillian normally deploys and undeploys the archive around
 * every test class. Here the first class's deployment is generated and deployed once, every later class
 * reuses that scenario (and so its protocol metadata), and nothing is undeployed between classes; the
 * build undeploys and stops the domain after the suite ({@code Launcher it-stop}).
 */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    public static class SharedDeployment {

        private DeploymentScenario suiteScenario;
        private boolean deployed;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        public void generateOnce(@Observes EventContext<GenerateDeployment> context) {
            if (suiteScenario == null) {
                context.proceed();
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
            if (!deployed) {
                context.proceed();
                deployed = true;
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> context) {
            // Deliberately not proceeding: the next test class uses the same deployment.
        }
    }
}
