package nl.perspectiefopwerk.kandidaat.beveiliging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.perspectiefopwerk.kandidaat.Bsn;
import nl.perspectiefopwerk.kandidaat.KandidaatProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Versleutelt het BSN (AES-256-GCM, willekeurige IV per waarde) en maakt sleutel-hashes (HMAC-SHA256):
 * om dezelfde persoon uit twee bronnen samen te voegen zonder het BSN leesbaar op te slaan, en voor de
 * profielcodes die per werkgever verschillen (niet te koppelen tussen werkgevers).
 */
@Component
public class Kluis {

  private static final int IV_LENGTE = 12;
  private final SecretKeySpec sleutel;
  private final SecretKeySpec hashSleutel;
  private final SecureRandom random = new SecureRandom();

  public Kluis(KandidaatProperties properties) {
    if (!StringUtils.hasText(properties.sleutel()) || !StringUtils.hasText(properties.hashSleutel())) {
      throw new IllegalStateException(
          "Stel pow.kandidaat.sleutel en pow.kandidaat.hash-sleutel in (elk 32 willekeurige bytes, base64; "
              + "bijvoorbeeld: openssl rand -base64 32). Zonder sleutels worden geen BSN's opgeslagen.");
    }
    this.sleutel = new SecretKeySpec(sleutelBytes(properties.sleutel(), "pow.kandidaat.sleutel"), "AES");
    this.hashSleutel = new SecretKeySpec(sleutelBytes(properties.hashSleutel(), "pow.kandidaat.hash-sleutel"), "HmacSHA256");
  }

  public byte[] versleutel(Bsn bsn) {
    try {
      byte[] iv = new byte[IV_LENGTE];
      random.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(128, iv));
      byte[] versleuteld = c.doFinal(bsn.waarde().getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(IV_LENGTE + versleuteld.length).put(iv).put(versleuteld).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Versleutelen mislukt", e);
    }
  }

  public Bsn ontsleutel(byte[] opgeslagen) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(128, opgeslagen, 0, IV_LENGTE));
      return new Bsn(new String(c.doFinal(opgeslagen, IV_LENGTE, opgeslagen.length - IV_LENGTE), StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ontsleutelen mislukt (verkeerde sleutel?)", e);
    }
  }

  public String hash(Bsn bsn) {
    return HexFormat.of().formatHex(mac("bsn:" + bsn.waarde()));
  }

  /** Profielcode van een kandidaat zoals één organisatie die ziet: stabiel voor haar, anders voor elke andere. */
  public String profielcode(UUID kandidaat, UUID kijker) {
    byte[] h = mac("profiel:" + kijker + ":" + kandidaat);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(h).replaceAll("[-_]", "x").toUpperCase();
    return "P-" + code.substring(0, 4) + "-" + code.substring(4, 8);
  }

  private byte[] mac(String tekst) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashSleutel);
      return mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sleutelBytes(String base64, String naam) {
    byte[] b;
    try {
      b = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(naam + " is geen geldige base64-waarde", e);
    }
    if (b.length != 32) throw new IllegalStateException(naam + " moet precies 32 bytes zijn (nu " + b.length + ")");
    return b;
  }
}
