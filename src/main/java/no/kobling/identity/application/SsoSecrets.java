package no.kobling.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Client secrets of identity providers: stored encrypted with AES-256-GCM under a key that is not in the database
 * ({@code kobling.sso.secret-key}, base64 of 32 bytes, e.g. from the environment {@code KOBLING_SSO_SECRET_KEY}; if
 * unset, a key file {@code ${kobling.data-dir}/sso-secret.key} made on first use), or referenced as
 * {@code env:NAME} (an environment variable or property read when the provider is used). See docs/security.md.
 */
@Component
class SsoSecrets {

    static final String REFERENCE_PREFIX = "env:";
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final Environment environment;
    private final String configuredKey;
    private final Path keyFile;
    private volatile SecretKey key;

    SsoSecrets(Environment environment, @Value("${kobling.sso.secret-key:}") String configuredKey,
            @Value("${kobling.data-dir}") String dataDir) {
        this.environment = environment;
        this.configuredKey = configuredKey;
        this.keyFile = Path.of(dataDir, "sso-secret.key");
    }

    String encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a client secret", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("unknown secret format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a client secret does not decrypt with this installation's key", e);
        }
    }

    /** The value of an {@code env:NAME} reference, or null if it is not set. */
    String resolve(String reference) {
        return environment.getProperty(reference.substring(REFERENCE_PREFIX.length()));
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadKey(), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] loadKey() {
        if (configuredKey != null && !configuredKey.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("kobling.sso.secret-key must be base64 of 32 bytes");
            }
            return bytes;
        }
        try {
            if (Files.exists(keyFile)) {
                return Base64.getDecoder().decode(Files.readString(keyFile).strip());
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
            keyFile.toFile().setReadable(false, false);
            keyFile.toFile().setReadable(true, true);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + keyFile, e);
        }
    }
}
