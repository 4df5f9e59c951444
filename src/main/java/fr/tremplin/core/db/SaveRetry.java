package fr.tremplin.core.db;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every {@code @Transactional} save of Tremplin's services (staff saves above all) is tried again as a whole when the
 * database says it may pass the next time (DESIGN.md, "Scaling out"): a Galera certification failure, a deadlock, or
 * a connection lost before the commit as a failover URL moves to the next node. A connection lost during the commit
 * is reported, not tried again, since the save may be in. The retry wraps the outermost transaction only (the
 * transaction advice runs inside it), and leaves alone work already under a {@link TransientRetry} run.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class SaveRetry {

    /** Outside the transaction advice (whose order is the lowest precedence). */
    static final int ORDER = 0;
    private static final String OUR_PACKAGE = "fr.tremplin.";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor saveRetryAdvisor(TransactionAttributeSource transactionAttributeSource) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new Saves(transactionAttributeSource),
                new Interceptor(new TransientRetry()));
        advisor.setOrder(ORDER);
        return advisor;
    }

    /** Tremplin's methods that run in a transaction of their own that writes. */
    private static final class Saves extends StaticMethodMatcherPointcut {

        private final TransactionAttributeSource transactions;

        Saves(TransactionAttributeSource transactions) {
            this.transactions = transactions;
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (targetClass == null || !targetClass.getName().startsWith(OUR_PACKAGE)) {
                return false;
            }
            TransactionAttribute attribute = transactions.getTransactionAttribute(method, targetClass);
            return attribute != null && !attribute.isReadOnly();
        }
    }

    private static final class Interceptor implements MethodInterceptor {

        private final TransientRetry retry;

        Interceptor(TransientRetry retry) {
            this.retry = retry;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransientRetry.running() || TransactionSynchronizationManager.isActualTransactionActive()
                    || !(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            Method method = invocation.getMethod();
            String what = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            try {
                return retry.runSave(what, () -> once(proxied));
            } catch (Checked wrapped) {
                throw wrapped.getCause();
            }
        }

        /** One try, from the start of the advice chain (a method invocation can only proceed once). */
        private static Object once(ProxyMethodInvocation invocation) {
            try {
                return invocation.invocableClone().proceed();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable checked) {
                throw new Checked(checked);
            }
        }
    }

    /** A checked exception of the method, carried through the retry untouched (it is never tried again). */
    private static final class Checked extends RuntimeException {

        Checked(Throwable cause) {
            super(cause);
        }
    }
}
