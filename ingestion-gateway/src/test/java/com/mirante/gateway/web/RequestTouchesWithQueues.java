package com.mirante.gateway.web;

import com.mirante.platform.web.RequestTouches;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link RequestTouches} that also records every call a request makes to SQS (the real client, seen through a proxy). */
public class RequestTouchesWithQueues extends RequestTouches {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SqsClient sqs && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(SqsClient.class.getClassLoader(), new Class<?>[] {SqsClient.class},
                    (proxy, method, arguments) -> {
                        touch("SQS " + method.getName());
                        try {
                            return method.invoke(sqs, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
        return super.postProcessAfterInitialization(bean, beanName);
    }
}
