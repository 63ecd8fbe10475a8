package com.mirante.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every application's API reads its input and answers what it cannot take: errors as
 * problems through {@link ApiProblems} (registered before Spring MVC's auto-configuration, whose
 * own problem-detail handler then stands aside), a URL the security firewall refuses through
 * {@link RejectedRequests}, and request bodies read strictly: {@code null,} is not {@code null}.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ApiProblems.class)
public class WebApiConfiguration implements WebMvcConfigurer {

    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return new RejectedRequests(json);
    }

    /** A body with anything after its JSON value is refused; the application's other JSON reading is left as it is. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(converter.getObjectMapper().copy()
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)));
    }
}
