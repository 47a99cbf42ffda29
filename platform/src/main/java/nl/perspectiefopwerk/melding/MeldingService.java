package nl.perspectiefopwerk.melding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.perspectiefopwerk.melding.persistence.MeldingRepository;
import nl.perspectiefopwerk.toegang.GebruikerId;
import nl.perspectiefopwerk.toegang.Rol;
import nl.perspectiefopwerk.toegang.ToegangApi;
import nl.perspectiefopwerk.toegang.ToegangApi.GebruikerContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Meldingen: altijd in de app (tabel {@code melding.melding}); per e-mail als er een {@link JavaMailSender} is
 * (Spring Boot maakt die alleen als {@code spring.mail.host} is ingesteld). De e-mail gaat pas na een
 * geslaagde transactie de deur uit; een mislukte verzending wordt gelogd en breekt niets af.
 */
@Service
public class MeldingService implements MeldingApi {

  private static final Logger log = LoggerFactory.getLogger(MeldingService.class);

  private final MeldingRepository repository;
  private final ToegangApi toegang;
  private final ObjectProvider<JavaMailSender> mail;
  private final MeldingProperties properties;

  MeldingService(MeldingRepository repository, ToegangApi toegang, ObjectProvider<JavaMailSender> mail, MeldingProperties properties) {
    this.repository = repository;
    this.toegang = toegang;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  @Transactional
  public void meldAanGebruiker(GebruikerId ontvanger, Melding melding) {
    toegang.gebruikerContact(ontvanger).ifPresentOrElse(c -> meld(c, melding),
        () -> repository.voegToe(UUID.randomUUID(), ontvanger.waarde(), melding));
  }

  @Override
  @Transactional
  public int meldAanRol(Rol rol, String regiocode, Melding melding) {
    if (!rol.isNationaal() && regiocode == null) throw new IllegalArgumentException("Een regionale rol vraagt om een regiocode");
    List<GebruikerContact> ontvangers = toegang.actieveGebruikers(rol, rol.isNationaal() ? null : regiocode);
    ontvangers.forEach(c -> meld(c, melding));
    return ontvangers.size();
  }

  public List<OntvangenMelding> meldingen(GebruikerId ontvanger, int maximum) {
    return repository.vanOntvanger(ontvanger.waarde(), maximum);
  }

  public long aantalOngelezen(GebruikerId ontvanger) {
    return repository.aantalOngelezen(ontvanger.waarde());
  }

  /** Markeert één melding als gelezen en geeft de link terug; alleen de eigen meldingen. */
  @Transactional
  public Optional<OntvangenMelding> markeerGelezen(GebruikerId ontvanger, UUID id) {
    repository.markeerGelezen(ontvanger.waarde(), id);
    return repository.vind(ontvanger.waarde(), id);
  }

  @Transactional
  public int markeerAllesGelezen(GebruikerId ontvanger) {
    return repository.markeerAllesGelezen(ontvanger.waarde());
  }

  /** Of e-mail is ingesteld (voor de uitleg op de pagina). */
  public boolean emailIngesteld() {
    return mail.getIfAvailable() != null;
  }

  private void meld(GebruikerContact ontvanger, Melding melding) {
    UUID id = UUID.randomUUID();
    repository.voegToe(id, ontvanger.id().waarde(), melding);
    JavaMailSender afzender = mail.getIfAvailable();
    if (afzender == null || ontvanger.email() == null) return;
    SimpleMailMessage bericht = new SimpleMailMessage();
    bericht.setFrom(properties.afzender());
    bericht.setTo(ontvanger.email());
    bericht.setSubject(melding.onderwerp());
    bericht.setText("Beste " + ontvanger.naam() + ",\n\n" + melding.tekst()
        + (melding.link() == null ? "" : "\n\n" + properties.basisUrl() + melding.link())
        + "\n\nDit is een automatisch bericht van het Perspectief op Werk-platform.");
    Runnable verstuur = () -> {
      try {
        afzender.send(bericht);
        repository.markeerGemaild(id);
      } catch (MailException | org.springframework.dao.DataAccessException e) {
        log.warn("E-mail voor melding {} niet verstuurd: {}", id, e.getClass().getSimpleName());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          verstuur.run();
        }
      });
    } else {
      verstuur.run();
    }
  }
}
