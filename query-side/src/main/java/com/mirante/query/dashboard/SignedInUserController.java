package com.mirante.query.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the page show who is signed in: with HTTP Basic only the server knows. */
@RestController
class SignedInUserController {

    private static final String ROLE_PREFIX = "ROLE_";

    @GetMapping("/api/v1/me")
    SignedInUser me(Authentication authentication) {
        return new SignedInUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList());
    }
}
