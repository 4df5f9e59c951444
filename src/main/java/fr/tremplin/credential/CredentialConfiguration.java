package fr.tremplin.credential;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The key and cipher of the secrets at rest, and the scheduling of the pools' upkeep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CredentialConfiguration {

    @Bean
    CredentialCipher credentialCipher(CredentialProperties properties) {
        return new CredentialCipher(CredentialKeys.load(properties));
    }
}
