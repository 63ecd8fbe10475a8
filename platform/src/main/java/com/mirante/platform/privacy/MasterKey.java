package com.mirante.platform.privacy;

/**
 * A key that wraps (encrypts) the guests' data keys and is never stored beside them: the
 * installation's own AES key ({@link LocalMasterKey}) or a key held by AWS KMS ({@link KmsMasterKey}).
 * A wrapped key is bound to its guest: pasted onto another guest's row, it does not unwrap.
 */
interface MasterKey {

    /** What a row wrapped under this key records in {@code master_key_id}. */
    String id();

    byte[] wrap(long guestId, byte[] dataKey);

    byte[] unwrap(long guestId, byte[] wrapped);
}
