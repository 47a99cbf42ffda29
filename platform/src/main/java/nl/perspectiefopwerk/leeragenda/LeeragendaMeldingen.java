package nl.perspectiefopwerk.leeragenda;

import java.util.Locale;
import nl.perspectiefopwerk.melding.Melding;
import nl.perspectiefopwerk.melding.MeldingApi;
import nl.perspectiefopwerk.regio.Arbeidsmarktregio;
import nl.perspectiefopwerk.regio.RegioApi;
import nl.perspectiefopwerk.toegang.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Een nieuw item in de leeragenda wordt gemeld (in de app, en per e-mail als dat is ingesteld) aan de
 * regiocoördinatoren van de regio's die het thema in hun behoeftepeiling als prioriteit hebben, behalve de
 * regio die het zelf publiceerde. Pas na de commit: een mislukte melding maakt de publicatie niet ongedaan.
 */
@Component
class LeeragendaMeldingen {

  private static final Logger LOG = LoggerFactory.getLogger(LeeragendaMeldingen.class);

  private final LeeragendaApi leeragenda;
  private final RegioApi regio;
  private final MeldingApi melding;
  private final MessageSource berichten;

  LeeragendaMeldingen(LeeragendaApi leeragenda, RegioApi regio, MeldingApi melding, MessageSource berichten) {
    this.leeragenda = leeragenda;
    this.regio = regio;
    this.melding = melding;
    this.berichten = berichten;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void bijPublicatie(LeeragendaItemGepubliceerd item) {
    Locale nl = Locale.forLanguageTag("nl");
    String thema = berichten.getMessage("leeragenda.thema." + item.thema().name(), null, item.thema().name(), nl);
    Melding m = new Melding("Nieuw in de leeragenda: " + thema, item.titel(), item.link());
    int ontvangers = 0;
    for (Arbeidsmarktregio r : regio.regios()) {
      if (r.code().equals(item.regiocode())) continue;
      if (leeragenda.themasVanRegio(r.code()).contains(item.thema())) ontvangers += melding.meldAanRol(Rol.REGIOCOORDINATOR, r.code(), m);
    }
    LOG.info("Leeragenda-item {} ({}) gemeld aan {} regiocoördinatoren", item.item(), item.thema(), ontvangers);
  }
}
