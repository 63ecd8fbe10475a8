package com.mirante.platform.security;

/** What a user may do: viewers read figures, operators also run operations. */
public enum Role {
    VIEWER,
    OPERATOR
}
