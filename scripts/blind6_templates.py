"""Templates of the sixth blind corpus (generator: scripts/blind6.py).

Written without reading the detectors, the tests or any other corpus's
templates, generators or fixtures (see blind6.py). «slot» is a value from
blind6.Ctx6.value, labelled with rule_of(slot) unless that is None;
⟦alias|literal⟧ is a literal labelled with ALIASES[alias].

Slots that are labelled: name[_flags] (flags: x foreign origin, p particle
surname, d compound surname, r "Last, First", l lower case, f/m gender),
email, email_role, tel_<cc>, adr_<cc>, adr2_<cc> (two lines), iban_<cc>,
card, bic, ahv, uid, detax, desv, atsv, bsn, rc, rc_f (a woman's), ico, vat, vat_<cc>, mrz, dob, dob_child,
ip, ip6, iurl[_files|_mon|_wiki], aws, gh, slack, gkey, pem, jwt, pw, secret, aws_secret.
Slots that are not: first, first_x, sur_f, sur_m (surname after an
honorific), initial (first name and initial), date, nK (K digits), ver,
sha, sha7, uuid, price, price_l, score, order, track, pnr, and every *_bad twin.
"""

from __future__ import annotations

ALIASES = {"cr": "customer_relationship", "cm": "classification_marker"}

RULES = [
    ("name", "person_name"), ("email", "email"), ("tel_", "phone"), ("adr_", "postal_address"),
    ("adr2_", "postal_address"), ("iban_", "iban"), ("card", "payment_card"), ("bic", "bic"), ("ahv", "ch_ahv"),
    ("uid", "ch_uid"), ("detax", "de_tax_id"), ("desv", "de_svnr"), ("atsv", "at_svnr"), ("bsn", "nl_bsn"),
    ("rc", "cz_birth_number"), ("ico", "cz_ico"), ("vat", "eu_vat"), ("mrz", "passport_mrz"),
    ("dob", "date_of_birth"), ("ip", "ip_address"), ("ip6", "ip_address"), ("iurl", "internal_url"),
    ("aws", "secret_aws_key"), ("gh", "secret_github_token"), ("slack", "secret_slack_token"),
    ("gkey", "secret_google_api_key"), ("pem", "secret_private_key"), ("jwt", "secret_jwt"),
    ("pw", "secret_password_assignment"), ("secret", "secret_generic_high_entropy"),
    ("aws_secret", "secret_generic_high_entropy"),
]


def rule_of(slot: str) -> str | None:
    if slot.endswith("_bad"):
        return None
    for key, rule in RULES:
        if key.endswith("_"):
            if slot.startswith(key):
                return rule
        elif slot == key or slot.startswith(key + "_") and key in ("name", "email", "vat", "iurl", "dob", "rc"):
            return rule
    return None


T: dict[str, dict[str, list[str]]] = {}

# ---- German ----------------------------------------------------------------

T["de"] = {"pos": [
    # situations of this language only
    'Impfsprechstunde: Frau Dr. «name_f» ist diese Woche krank, die Vertretung übernimmt Herr «name_m». Bitte die Patienten informieren.',
    'Info an die Filiale Bern: «name_f» ist ⟦cr|unsere langjährige Kundin⟧, bitte beim Termin mit dem Berater bevorzugt behandeln.',
    '@«first»_bln Danke für den Hinweis! ⟦cr|Ihre Kreditkarte bei uns⟧ wird in den nächsten Tagen ersetzt, die alte ist schon gesperrt.',
    'Moin! Zimmer für die Tagung: DZ für «name_xm» + Begleitung, Anreise «date», Rechnung bitte an «adr_de», als PDF an «email_role». Danke 🙏',
    'Wer hat den Maps-Key in die Vereinsseite kopiert? «gkey» – der ist nicht mal auf unsere Domain eingeschränkt',
    'Schichtplan Tafel-Ausgabe (aus Excel kopiert)\nName\tTelefon\tTag\n«name»\t«tel_de»\tDi\n«name_x»\t«tel_de»\tDo',
    'hallo hier ist die praxis wir brauchen noch den impfpass von «name_l» bitte rückruf unter «tel_de» danke und tschüss',
    '> Könnt ihr mal schauen ob meine Überweisung angekommen ist?\nHallo «first», ja: ⟦cr|Ihr Girokonto bei uns⟧ zeigt die Gutschrift seit heute früh. Details bitte im Onlinebanking 🙂',
    'Guten Tag Herr «sur_m», Ihr Gesuch ist bei uns eingegangen. Die zuständige Sachbearbeiterin «name_f» meldet sich bis Ende Woche.',
    'Parzelle 14 wird frei. Laut Warteliste ist «name_d» dran, wohnhaft «adr_de». Schlüsselübergabe Samstag 10 Uhr.',
    'sorry falsches Fenster 🙈 Shop-Backend: Benutzer shop_admin, Kennwort: «pw»',
    'Herzlich willkommen im Team, «name_xf»! 🎉 Sie verstärkt ab Montag unsere Lohnbuchhaltung, erreichbar unter «email». #neuhier',
    # sports club membership renewals
    "Kündigung Mitgliedschaft zum Jahresende:\n«name_rev»\n«adr2_de»\nBestätigung bitte schriftlich.",
    # wedding planner and suppliers
    "---------- Weitergeleitete Nachricht ----------\nVon: «name_m» <«email»>\nBetreff: Anzahlung Location\n\n"
    "Die Restzahlung bitte auf «iban_at», BIC «bic», bis 14 Tage vor dem Fest.",
    # university exam office
    "Prüfungsamt-intern: die Notenliste liegt unter «iurl_files» – bitte nicht in den Studierenden-Chat posten.",
    # car sharing support thread
    "Hallo «name», ⟦cr|Ihr Kundenkonto bei uns⟧ ist wieder freigeschaltet, die Kaution wurde erstattet. "
    "Gute Fahrt! ^jk",
    # volunteer fire brigade
    "Bereitschaft FF KW 14\n- Mo: «name_m» / «name_xm»\n- Di: «name_pm»\n- Mi: «initial» (nur bis 22 Uhr)\n"
    "Tausch bitte direkt untereinander",
    # pharmacy delivery
    "Botengang 16 Uhr: Rezept für «name_rev», Lieferadresse «adr_de», bitte im Hinterhaus klingeln.",
    # coworking Slack
    "Neues Gäste-WLAN im 2. Stock: SSID CoWork-Guest, Passwort: «pw» (gilt bis Monatsende)",
    # tax adviser WhatsApp
    "Guten Abend Herr «sur_m», für die Erklärung brauche ich noch Ihre Steuer-ID – ist das die «detax»? "
    "Und das Geburtsdatum Ihrer Frau: «dob»?",
    "Kurz zur Info: «name_pf» hat die Belege geschickt, Rentenversicherungsnummer «desv», neuer Arbeitgeber ab März.",
    # travel agency
    "Für das Visum die Zone unten aus dem Pass, bitte nach Versand löschen:\n«mrz»",
    # vet clinic
    # church choir
    "Geburtstagsliste Kirchenchor, bitte ergänzen:\n«name_f» – «dob»\n«name_m» – «dob»",
    # conference speakers
    # moving company
    "Auftrag 7781: Auszug «adr_ch», Einzug «adr_ch», Klavier im 3. OG ohne Lift. Vor Ort: «name_m», «tel_ch»",
    # freelancer invoice dispute
    "Sehr geehrte Frau «sur_f»,\nmeine Rechnung vom «date» ist weiterhin offen. Bitte überweisen Sie auf "
    "«iban_de», USt-IdNr. «vat_de».\nMit freundlichen Grüßen\n«name_m»",
    # dev-ops incident channel
    "#incident-4411 Replica down. Zugangsdaten hier, danach bitte rotieren:\nAWS_ACCESS_KEY_ID=«aws»\n"
    "AWS_SECRET_ACCESS_KEY=«aws_secret»",
    "Dashboard: «iurl_mon» – Latenz seit 03:12 hoch, most requests come from «ip», can someone on call check?",
    "hab den token aus versehen ins repo gepusht 😬 «gh» – kann den bitte jemand revoken",
    # bank, insurer, telco, utility replies
    "Liebe Frau «sur_f», danke für ⟦cr|Ihre langjährige Treue⟧! Wir melden uns per Direktnachricht bei Ihnen.",
    # classification markers
    "⟦cm|Streng vertraulich⟧: Vorstandssitzung Sportverein – Beitragserhöhung um 12 € ab 2027, bitte noch nicht teilen",
    "WG: Stellenplan Leitstelle [⟦cm|Nur für den Dienstgebrauch⟧] – bitte nicht an die Presse",
    # ids, cards, tokens
    "HR Basel: «name_xf» startet am 1. Mai, AHV-Nr. «ahv», Lohn auf «iban_ch».",
    "Rechnung Caterer bitte an Festwirtschaft Lindenhof GmbH, «uid», «adr_ch»",
    "Kannst du das Hotel für die Referenten zahlen? Firmenkarte «card», Name auf der Karte «name_m»",
    "Lohnverrechnung: Dienstnehmerin «name_xf», SV-Nr. «atsv», Eintritt 1.4.",
    "Bot für #dienstplan läuft wieder, neuer Token `«slack»` – steht jetzt auch in der .env",
    "Login im Mitgliederportal schlägt fehl, Header war: Authorization: Bearer «jwt»",
    "Schlüssel für den SFTP vom Prüfungsamt, falls du heute Nacht ran musst:\n«pem»",
    # names in chat
    "…melden Sie sich gern bei Rückfragen.\n\nViele Grüße\n«name_f»\nPraxismanagement\nT «tel_de»\n«email»",
    "Bescheinigungen bitte nur noch an «email_role» schicken, nicht an mein privates Postfach.",
], "neg": [
    # situations of this language only
    'Kassenstand Sommerfest: 1.284,50 € eingenommen, 312 € Ausgaben – Abrechnung folgt.',
    'Die Parkgebühren am Bahnhof steigen 2027 um 20 Cent pro Stunde.',
    'Code für die Teeküche? Brauchst du nicht mehr, die Tür ist seit Montag wieder offen 😅',
    'Wir sind stolz auf über 10.000 Kundinnen und Kunden in der Region! 💚',
    'Fehler-ID «uuid» – bitte beim Support angeben, falls es nochmal passiert.',
    'ICE «n3» fällt heute aus, der Ersatzzug fährt 10 Minuten später ab Gleis 7.',
    'Die Porsche-Stiftung fördert unseren Jugendchor mit «price_l» € – Danke!',
    'Auswärtsfahrt zum Fritz-Walter-Stadion: Abfahrt 11:30 am Vereinsheim.',
    'Bürgerbüro geöffnet Mo–Fr 8–12 Uhr, donnerstags bis 18 Uhr. Termine online.',
    "Die IBAN im Antrag («iban_bad») ist falsch, die Bank lehnt ab – da stimmt eine Ziffer nicht.",
    "Karte «card_bad» abgelehnt: Kartennummer ungültig. Bitte andere Zahlungsart.",
    "AHV-Nummer im Formular «ahv_bad» – das System meldet ungültig, Tippfehler?",
    "Die Steuer-ID «detax_bad» akzeptiert ELSTER nicht 🤔 Nochmal vom Bescheid abtippen?",
    "UID «uid_bad» gibt im Handelsregister keinen Treffer.",
    "SV-Nummer «atsv_bad» wird von der ÖGK abgelehnt, bitte prüfen.",
    "Bestellung «order» ist raus, Sendungsnummer «track». Lieferung voraussichtlich «date».",
    "Release «ver» ist live (Commit «sha7»), Changelog im Repo.",
    "Bitte niemals euer Vereins-Passwort im Chat teilen – wer es vergessen hat, meldet sich beim Vorstand.",
    "Treffpunkt Albert-Schweitzer-Schule, Turnhalle, 9 Uhr. Hallenschuhe nicht vergessen!",
    "Wer kommt mit zum Konzert in die Beethovenhalle? Karten «price» €",
    "Anzug von Hugo Boss, Kleid von Vera Wang – die Fotos kommen morgen 😍",
    "Danke «first» fürs Abholen der Trikots!",
    "Wer backt für die Geburtstagsfeier vom Chor am Donnerstag?",
    "Jetzt Mitglied werden und 3 Monate gratis trainieren! #Sportverein #Fitness",
    "Das klären wir intern und melden uns bis Freitag.",
    "Die Goethe-Universität hat die Prüfungstermine veröffentlicht, Anmeldung ab «date».",
]}

# ---- French ----------------------------------------------------------------

T["fr"] = {"pos": [
    # situations of this language only
    "Maître «name_m» attend toujours l'acte signé de Mme «sur_f», je lui transmets dès réception ?",
    'Note interne agence Lausanne : «name_m» est ⟦cr|notre client de longue date⟧, prévoir le rendez-vous avec son conseiller habituel.',
    '@«first» merci pour votre retour ! ⟦cr|Votre box internet chez nous⟧ sera remplacée sous 48 h 📦',
    'Inscriptions stage de voile (ados) : «name_xm», né le «dob_child», allergie arachides, parents joignables au «tel_be» ou «email»',
    "La clé Google de la carte des agences est en clair dans le JS : «gkey» 🤦 quelqu'un peut la restreindre ?",
    'Bonjour Madame, votre dossier est suivi par «name_f» au service de la population ; vous pouvez la joindre au «tel_ch» le matin.',
    '> Vous avez bien reçu mon constat ?\nOui Monsieur, ⟦cr|votre dossier sinistre chez nous⟧ est ouvert, un expert passe mardi.',
    "qui descend sur lyon vendredi ? «name_xl» cherche une place, son num c'est le «tel_fr»",
    'Planning buvette\nNom;Tél;Créneau\n«name»;«tel_fr»;10h-12h\n«name_x»;«tel_fr»;12h-14h',
    'Exposants marché de Noël – stand 12 : «name_d», «email», table + prise électrique',
    'oups mauvaise fenêtre 🙈 back-office boutique : admin_boutique / mot de passe : «pw»',
    "Bienvenue à «name_xm» («email») qui rejoint l'équipe paie à Genève ! 👏 #onboarding",
    # sports club renewals
    "Renouvellement des licences : il manque toujours le certificat médical de «name_xm», né le «dob». "
    "Quelqu'un a un contact ?",
    "Bonjour à tous 👋 pour les cotisations, virement sur «iban_fr» (titulaire «name_d»), "
    "merci de mettre le prénom de l'enfant en référence.",
    # wedding planner
    # university exam office
    "Les notes du partiel sont exportées ici : «iurl_files» (ne pas diffuser avant le jury !)",
    # car sharing
    "Bonjour «name», ⟦cr|votre compte client⟧ est de nouveau actif et la caution a été remboursée. Bonne route ! ^SL",
    # volunteer firefighters
    "Astreinte CPI semaine 22\nlun : «name_m»\nmar : «name_pf»\nmer : «name_xm»\nremplaçant : «initial»",
    # pharmacy delivery
    "livraison pour «name_l» «adr_be» elle marche mal sonner longtemps",
    # coworking
    "Nouveau wifi invités au 2e : réseau Cowork-Invites, mot de passe : «pw» 🙏",
    # tax adviser WhatsApp
    "Bonsoir Monsieur «sur_m», pouvez-vous me confirmer votre numéro AVS «ahv» ? Et la date de naissance "
    "de votre épouse, c'est bien le «dob» ?",
    "Pour la TVA intracom du client belge : «vat_be», siège «adr_be».",
    # travel agency
    "Modification résa Lisbonne : «name_xf» et «name_xm» partent le «date» au lieu du 14, rappeler au «tel_ch»",
    "Copie de la bande MRZ pour l'ESTA (à supprimer après envoi) :\n«mrz»",
    # vet clinic
    "Clinique vétérinaire : résultats de Filou disponibles. Propriétaire «name_rev», joignable au «tel_fr» ou par mail «email».",
    # church choir
    "Anniversaires du mois à la chorale : «name_m», né le «dob», et «name_xf», née le «dob». On prévoit une carte ?",
    # conference
    # moving company
    "Devis déménagement\ndépart : «adr2_fr»\narrivée : «adr2_chfr»\ncontact sur place : «tel_fr»",
    # freelancer dispute
    "Madame,\nma facture du «date» reste impayée malgré deux relances. Merci de régler sur «iban_fr» "
    "(BIC «bic»).\nCordialement,\n«name_xm»",
    # dev-ops
    "#incident prod KO depuis 2h, la clé était dans le runbook «iurl_wiki», à révoquer tout de suite : «aws»",
    "le token GitHub du bot de déploiement traîne dans le wiki : «gh» 😬",
    "WAF : rafale de requêtes depuis «ip», je bloque ? (the US team says it's a scraper)",
    "config du webhook partenaire : SECRET_KEY = \"«secret»\"",
    # bank, insurer, telco, energy
    "Bonjour Madame, merci pour ⟦cr|votre fidélité⟧ depuis tant d'années ! Un conseiller vous écrit en message privé.",
    "@«first»_lyon ⟦cr|votre contrat habitation chez nous⟧ couvre bien les dégâts des eaux, envoyez-nous les photos en MP.",
    "Oui, ⟦cr|votre carte bancaire⟧ a été bloquée par mesure de sécurité, appelez le numéro au dos de la carte.",
    # markers
    "⟦cm|CONFIDENTIEL⟧ – projet de fusion des deux clubs, ne pas transférer",
    "Objet : [⟦cm|Diffusion restreinte⟧] rapport d'audit officine",
    "⟦cm|Usage interne uniquement⟧ — grille tarifaire partenaires 2027",
    # ids, cards, tokens
    "Pour l'acompte du photographe j'ai donné la carte «card», c'était bien la bonne ?",
    "Facture à établir : Amicale des sapeurs-pompiers, «uid», «adr_chfr»",
    # names in chat
    "Bien à vous,\n«name_pf»\nChargée de clientèle\n«tel_be»\n«email»",
]}
T["fr"]["neg"] = [
    # situations of this language only
    'Semi-marathon bouclé en 1:42:15, record perso 🏃',
    "Le code Wi-Fi est affiché à l'accueil, pas besoin de le demander ici.",
    'Rejoignez les 10 000 adhérents qui nous font déjà confiance !',
    'Prochaine AG le «date» à 19h, salle Jean-Moulin.',
    'Le prix Goncourt sera remis au restaurant Drouant comme chaque année.',
    'Navette pour le stade Pierre-Mauroy à 18h, retour une heure après le match.',
    'Vol AF «n4» retardé de 40 minutes, embarquement porte K42.',
    "L'IBAN «iban_bad» du formulaire est refusé par la banque, un chiffre doit être faux.",
    "Carte «card_bad» refusée : numéro invalide, merci d'essayer un autre moyen de paiement.",
    "N° AVS «ahv_bad» : le contrôle dit invalide, vous pouvez vérifier sur la carte ?",
    "Le numéro de TVA «vat_bad» n'existe pas dans VIES, vérifiez la saisie.",
    "IDE «uid_bad» : aucun résultat au registre du commerce.",
    "Commande «order» expédiée, suivi «track», livraison prévue le «date».",
    "Mise à jour «ver» déployée, commit «sha7», rien à signaler.",
    "Ne communiquez jamais votre mot de passe, même à nous : aucun conseiller ne vous le demandera.",
    "Rendez-vous au lycée Victor-Hugo, gymnase B, 9h.",
    "Concert de la chorale à l'église Saint-Joseph, entrée libre, corbeille à la sortie.",
    "Robe Yves Saint Laurent, escarpins Christian Louboutin : la mariée est prête 💍",
    "Merci «first» pour le café ce matin ☕",
    "Joyeux anniversaire à notre doyenne qui fête ses 90 ans ce week-end ! 🎉",
    "Devenez client et profitez de 3 mois offerts sur l'autopartage !",
    "On en discute en interne et on revient vers vous d'ici vendredi.",
    "Hôtel réservé rue Émile Zola, à dix minutes du centre de congrès.",
    "Tarif déménagement : «price_l» € HT pour un T3 sans ascenseur, +15 % le samedi.",
    "Ticket INC-«n5» clos, cause : certificat expiré sur le reverse proxy.",
]

# ---- Italian ---------------------------------------------------------------

T["it"] = {"pos": [
    # situations of this language only
    'La dott.ssa «name_f» oggi non riceve, i pazienti li vede il dott. «name_m» (stanza 4).',
    'Nota per la filiale: il signor «name_m» è ⟦cr|nostro cliente storico⟧, trattatelo con un occhio di riguardo.',
    '@«first» grazie per la segnalazione! ⟦cr|Il suo modem a noleggio⟧ verrà sostituito entro venerdì 📦',
    "Gita parrocchiale, pullman pieno. Lista d'attesa:\n1) «name_m»\n2) «name_xf»\n3) «name_d»",
    'Turni bar sagra\nNome | Cell | Orario\n«name» | «tel_it» | 18-20\n«name_x» | «tel_it» | 20-22',
    'ciao sono «name_xf», la tua nuova personal trainer 💪 per spostare le lezioni scrivimi al «tel_it» o a «email»',
    '> Mi è arrivato lo stipendio?\nCiao «first», sì: ⟦cr|il tuo conto presso di noi⟧ risulta accreditato da stamattina 👍',
    "Buongiorno signora, la sua richiesta è passata all'ufficio anagrafe: la pratica la segue «name_m», interno 214.",
    'pronto sì buongiorno chiamo dalla farmacia per la signora «name_lf» il farmaco è arrivato può richiamare al «tel_it» grazie',
    "il fornitore del vino per il matrimonio è «name_m», l'acconto va su «iban_it» entro venerdì, la cantina è in «adr_it»",
    'scusate chat sbagliata 😅 credenziali gestionale magazzino: utente magazzino, password=«pw»',
    # sports club renewals
    "Rinnovo tessere 2027: manca ancora la quota di «name_m». Bonifico su «iban_it», causale: quota socio + nome.",
    # wedding planner
    "Matrimonio sabato: il fiorista è «name_xm», cell. «tel_it», mail «email», allestimento alle 9 in chiesa 💐",
    # exam office
    "I verbali d'esame sono caricati qui: «iurl_files» — non girarli agli studenti",
    # car sharing
    "Ciao «name», ⟦cr|il tuo abbonamento con noi⟧ è di nuovo attivo e la cauzione è stata rimborsata 🚗",
    # volunteer firefighters
    "Turni reperibilità distaccamento, settimana 12\n- lun: «name_m»\n- mar: «name_xm»\n- mer: «name_pf»\ncambi solo col caposquadra",
    # pharmacy delivery
    "Consegna a domicilio (insulina, catena del freddo!): «name_rev», «adr_chit»",
    # coworking
    "Password wifi sala riunioni: «pw» (cambia il primo del mese)",
    # tax adviser
    "Buonasera, per il 730 mi serve la data di nascita di sua figlia «name_f»: è il «dob_child», giusto?",
    "Dottoressa, ecco la partita IVA del nuovo cliente: «vat_it», sede legale «adr_it»",
    # travel agency
    "Cambio prenotazione Lisbona: «name_xf» e «name_xm» partono il «date» invece che il 14. Recapito «tel_ch»",
    "Per il visto serve la zona MRZ del passaporto, eccola (poi cancello):\n«mrz»",
    # vet
    "Referti di Birba pronti. Proprietario «name_m» («email»), richiamare al «tel_it» dopo le 15.",
    # choir
    "Compleanni del coro questo mese: «name_dm» (nato il «dob») e «name_xf» (nata il «dob»)",
    # conference
    # moving
    "Preventivo trasloco da «adr_it» a «adr_chit», referente in loco «name_m» «tel_it»",
    # freelancer
    "Gentile cliente,\nla fattura del «date» risulta ancora insoluta. IBAN «iban_it», BIC «bic».\nCordiali saluti\n«name_xf»",
    # dev-ops
    "#incidente la chiave AWS è finita nei log del job notturno, va ruotata subito: «aws»",
    "token slack del bot turni, please regenerate ASAP: «slack»",
    "traffico anomalo da «ip» sul gateway, blocchiamo?",
    "nel .env di staging c'è ancora HMAC_SECRET=«secret»",
    # bank, insurer, telco, utility
    "Gentile signora, grazie per ⟦cr|la sua fedeltà⟧! La contatteremo in privato per il bonifico.",
    "@«first»_mi ⟦cr|la sua polizza casa presso di noi⟧ copre anche la grandine, ci scriva in DM.",
    "Ciao «first», ⟦cr|la tua linea fibra⟧ è stata riattivata alle 16:20. Scusa per il disagio!",
    "Sì, abbiamo verificato ⟦cr|il suo conto corrente⟧ e il bonifico risulta in lavorazione.",
    # markers
    "⟦cm|RISERVATO⟧ – bozza di bilancio dell'associazione, non inoltrare",
    "Oggetto: [⟦cm|USO INTERNO⟧] tariffe fornitori catering 2027",
    # ids, cards, tokens
    "Per la caparra dell'hotel ho usato la carta «card», scad. 11/28",
    "Nuovo dipendente a Lugano: «name_xm», numero AVS «ahv», stipendio su «iban_ch»",
    "Ecco la chiave del server SFTP dell'agenzia, non perderla:\n«pem»",
    # names in chat
    "Cordiali saluti\n«name_pf»\nUfficio soci\nTel. «tel_it»\n«email»",
]}
T["it"]["neg"] = [
    # situations of this language only
    'Incasso della sagra: 3.420 €, grazie a tutti i volontari!',
    'La password non ve la possiamo dare in chat, passate in segreteria.',
    'Promo: il secondo mese di palestra a metà prezzo!',
    'Classifica: siamo terzi con 42 punti dopo 20 giornate ⚽',
    'Foto di gruppo 2019 vs 2026: chi si riconosce? 😂',
    "Il premio Strega quest'anno va a un esordiente, serata a Villa Giulia 📚",
    'Navetta per lo stadio Diego Armando Maradona alle 18, ritorno a fine partita.',
    'Frecciarossa «n4» in ritardo di 25 minuti, ci vediamo direttamente in sala.',
    "L'IBAN «iban_bad» non passa il controllo, probabilmente c'è una cifra sbagliata.",
    "Carta «card_bad» rifiutata: numero non valido.",
    "La partita IVA «vat_bad» non risulta su VIES, ricontrolla.",
    "Numero AVS «ahv_bad»: il portale dice che non è valido.",
    "Ordine «order» spedito, tracking «track», consegna prevista il «date».",
    "Rilasciata la versione «ver» (commit «sha7»).",
    "Non condividete mai la password dell'account del coro, nemmeno qui in chat.",
    "Ritrovo davanti al Liceo Galileo Galilei alle 8:30.",
    "Cena sociale al ristorante in piazza Garibaldi, menù a «price» €.",
    "Abito Giorgio Armani, scarpe Salvatore Ferragamo: la sposa è pronta ✨",
    "Grazie «first» per il passaggio di ieri!",
    "Tanti auguri di buon compleanno al nostro presidente! 🎂",
    "Diventa socio: quota ridotta per gli under 25!",
    "Ne parliamo internamente e vi facciamo sapere entro lunedì.",
    "Appello di Analisi II spostato al «date», aula Fermi.",
    "Preventivo trasloco: «price_l» € + IVA, senza ascensore.",
    "Incidente del «date» risolto, causa: disco pieno sul nodo 3.",
    "Ci sono ancora posti per la gita a Mantova, «price» € a persona.",
]

# ---- Dutch -----------------------------------------------------------------

T["nl"] = {"pos": [
    # situations of this language only
    'Spreekuur: dr. «name_f» is vandaag ziek, dhr. «name_m» neemt haar afspraken over.',
    'Interne notitie voor het kantoor: mevrouw «name_f» is ⟦cr|onze vaste klant⟧, graag met voorrang inplannen.',
    '@«first» bedankt voor je melding! ⟦cr|Je modem bij ons⟧ wordt deze week vervangen 📦',
    'Nieuwe leden schaatsclub:\n• «name_rev»\n• «name_xm»\n• «name_pf»\nwelkom allemaal! ⛸️',
    'Offerte badkamerrenovatie voor «name_rev», «adr_nl», start week 12, stelposten zie bijlage',
    '> Is mijn salaris al binnen?\nHoi «first», ja hoor, ⟦cr|je betaalrekening bij ons⟧ is vanochtend bijgeschreven 👍',
    'Goedemiddag mevrouw «sur_f», uw melding is doorgezet naar Burgerzaken; «name_m» neemt deze week contact met u op.',
    "hallo met de dierenkliniek we hebben de röntgenfoto's binnen voor «name_l» kunt u terugbellen op «tel_nl» dank u wel",
    'je fiets is klaar 🚲 betalen kan via tikkie of op «iban_nl» t.n.v. «name_m», ophalen na 17u',
    'Rooster bar carnaval\nNaam | Tel | Tijd\n«name» | «tel_nl» | 20-22\n«name_x» | «tel_be» | 22-00',
    'sorry verkeerde chat 🙈 webshop beheer: gebruiker beheerder, wachtwoord: «pw»',
    # sports club renewals
    "Contributie 2027: bij «name_m» is de incasso gestorneerd. Nieuw rekeningnummer volgens het formulier: «iban_nl».",
    # wedding planner
    "Bruiloft zaterdag: bloemist is «name_xf», bereikbaar op «tel_nl» of «email», opbouw om 9 uur in de kerk 💐",
    # exam office
    "Cijferlijsten tentamen blok 2: «iurl_files» — niet doorsturen naar studenten",
    # car sharing
    "Hoi «name», ⟦cr|je account bij ons⟧ is weer geactiveerd en de borg is teruggestort 🚙",
    # volunteer fire brigade
    "Piketrooster kazerne week 9\nma «name_m»\ndi «name_pm»\nwo «name_xm»\nruilen via de bevelvoerder",
    # pharmacy
    "bezorgen bij «name_l» «adr_be» na vijf uur ze betaalt contant",
    # coworking
    "Wifi voor gasten op de 2e verdieping: netwerk Cowork-Gast, wachtwoord: «pw»",
    # tax adviser
    "Goedenavond, voor de aangifte heb ik nog uw BSN nodig. Is het «bsn»? En de geboortedatum van uw partner: «dob»?",
    "Btw-nummer van de Belgische klant: «vat_be», adres «adr_be»",
    # travel agency
    "Omboeking Lissabon: «name_xf» en «name_xm», nieuwe vertrekdatum «date». Terugbellen op «tel_be»",
    "Paspoortgegevens voor de visumaanvraag, verwijder ik daarna weer:\n«mrz»",
    # vet clinic
    "Uitslag bloedonderzoek van Pip is binnen. Eigenaar «name_rev», «email», bellen op «tel_nl» na 15u.",
    # choir
    "Verjaardagen koor deze maand: «name_m» (geboren «dob») en «name_xf» (geboren «dob»)",
    # conference
    # moving
    "Verhuisopdracht\nvan: «adr2_nl»\nnaar: «adr2_be»\ncontact ter plaatse: «tel_nl»",
    # freelancer
    "Geachte heer/mevrouw,\nmijn factuur van «date» staat nog steeds open. Graag overmaken naar «iban_nl» (BIC «bic»).\n"
    "Met vriendelijke groet,\n«name_xm»",
    # dev-ops
    "#storing aws key stond in de logs van de nachtjob, graag roteren: «aws»",
    "github token van de deploybot staat gewoon op «iurl_wiki» 🙃 «gh»",
    "Heel veel requests vanaf «ip» — can we block this at the firewall? 🙏",
    "in de .env staat nog WEBHOOK_SECRET=«secret», kan iemand dat roteren?",
    # bank, insurer, telco, energy
    "Beste mevrouw, dank voor ⟦cr|uw jarenlange trouw⟧! Een adviseur neemt via DM contact met u op.",
    "@«first»_nl ⟦cr|uw inboedelverzekering bij ons⟧ dekt fietsdiefstal tot € 1.500, stuur ons even een DM.",
    "Hoi «first», ⟦cr|je abonnement⟧ loopt nog tot april, daarna kun je kosteloos overstappen.",
    "We hebben ⟦cr|uw hypotheek bij ons⟧ bekeken: de rentevaste periode loopt in juni af.",
    # markers
    "⟦cm|VERTROUWELIJK⟧ – concept fusie van de twee voetbalclubs, niet doorsturen",
    "Onderwerp: [⟦cm|Alleen voor intern gebruik⟧] tarieven partners 2027",
    # ids, cards, tokens
    "Aanbetaling fotograaf gedaan met creditcard «card», was dat de goede?",
    "Nieuwe collega «name_xf» begint 1 mei, BSN «bsn», salaris naar «iban_nl»",
    "SSH-sleutel voor de backupserver (niet kwijtraken):\n«pem»",
    # names in chat
    "Met vriendelijke groet,\n«name_pf»\nKlantenservice\n«tel_be»\n«email»",
]}
T["nl"]["neg"] = [
    # situations of this language only
    'Opbrengst rommelmarkt: € 1.284,50, dank aan alle vrijwilligers!',
    'Nieuwe leden krijgen hun inlog via de mail, niet via deze groep.',
    'Meer dan 10.000 tevreden klanten gingen je voor!',
    'Halve marathon gelopen in 1:42:15, PR! 🏃',
    'Checksum van het bestand (SHA-1): «sha», klopt met de download.',
    'Trein «n4» naar Zwolle rijdt niet, pak de sprinter van 8:12.',
    'Shuttlebus naar het Philips Stadion vertrekt om 18:00 bij de kantine.',
    'Weet iemand of er een parkeergarage bij het Rembrandtplein is?',
    "Het IBAN «iban_bad» klopt niet, de bank weigert de overboeking.",
    "Kaart «card_bad» geweigerd: ongeldig kaartnummer.",
    "BSN «bsn_bad» wordt door het systeem afgekeurd, typfout?",
    "Btw-nummer «vat_bad» staat niet in VIES.",
    "Bestelling «order» verzonden, track & trace «track», levering «date».",
    "Versie «ver» staat live (commit «sha7»).",
    "Deel nooit je wachtwoord, ook niet met de helpdesk.",
    "Verzamelen bij de Johan Cruijff ArenA, ingang D, 18:00.",
    "Repetitie in de Van Nelle Fabriek, zaal 2.",
    "Pak van Suitsupply, schoenen van Floris van Bommel 👞 klaar voor de grote dag",
    "Bedankt «first» voor het rijden gisteren!",
    "Gefeliciteerd met je verjaardag, trainer! 🎂",
    "Word nu lid en train de eerste maand gratis!",
    "We bespreken het intern en komen er vrijdag op terug.",
    "Tentamen Statistiek verplaatst naar «date», zaal Huygens.",
    "Verhuisofferte: € «price_l» excl. btw, geen lift.",
    "Storing van «date» opgelost, oorzaak: vol logvolume.",
    "Nog plekken vrij voor het uitje naar Giethoorn, € «price» p.p.",
]

# ---- Czech -----------------------------------------------------------------

T["cs"] = {"pos": [
    # situations of this language only
    'Ordinace: MUDr. «name_f» je dnes nemocná, pacienty přebírá MUDr. «name_m».',
    'Interní poznámka pro pobočku: pan «name_m» je ⟦cr|náš dlouholetý klient⟧, vyřiďte to prosím přednostně.',
    '@«first» díky za upozornění! ⟦cr|Váš modem od nás⟧ vyměníme do pátku 📦',
    'Nová členka oddílu: «name_xf», nar. «dob_child», bydliště «adr_cz», zákonný zástupce «tel_cz», «email»',
    'Rozpis naháňky\nJméno | Tel | Stanoviště\n«name_m» | «tel_cz» | 3\n«name_xm» | «tel_sk» | 7',
    'Dobrý den, vaši žádost jsme předali na matriku, vyřizuje ji kolegyně «name_f», tel. «tel_cz».',
    '> Přišla mi už výplata?\nDobrý den, ano, na ⟦cr|váš účet u nás⟧ byla připsána dnes ráno 👍',
    'dobry den tady veterina volam kvuli rentgenu psa majitel «name_l» at zavola zpet na «tel_cz» dekuji',
    'Autoservis: vůz je hotový, zákazník «name_m», vyzvednutí do 18:00, platba kartou nebo na «iban_cz»',
    'Doučování matiky: lektorka «name_f», «email», 350 Kč za hodinu, Brno-střed',
    'sorry, špatné okno 🙈 přístup do e-shopu: uživatel spravce, heslo: «pw»',
    # sports club renewals
    # wedding planner
    "Přeposlaná zpráva\nOd: «name_m» <«email»>\nPředmět: nabídka catering v2\n\nDobrý den, posílám upravenou nabídku včetně veganského menu.",
    "DJ to zrušil 😭 náhrada: «name_x», «tel_sk», chce 18 000 Kč",
    # exam office
    "Výsledky zkoušek jsou tady: «iurl_files» – studentům zatím neposílat",
    # car sharing
    "Re: «name» – ⟦cr|váš zákaznický účet u nás⟧ je znovu aktivní a kauce byla vrácena. Šťastnou cestu!",
    # volunteer fire brigade
    "Pohotovost JSDH, týden 14\npo: «name_m»\nút: «name_m»\nst: «name_xm»\nvýměny přes velitele družstva",
    # pharmacy delivery
    "rozvoz «name_l» «adr_cz» po páté hodině platí hotově",
    # coworking
    "Heslo na wifi pro hosty ve 2. patře: «pw»",
    # tax adviser
    "Dobrý večer, do přiznání ještě potřebuji rodné číslo vaší manželky. Je to «rc_f»?",
    "IČO nového klienta: «ico», sídlo «adr_cz»",
    "DIČ dodavatele na fakturu: «vat_cz»",
    # travel agency
    "Strojově čitelná zóna z pasu kvůli vízu (potom smažu):\n«mrz»",
    # vet clinic
    "Výsledky krve pro Bena jsou hotové. Kontakt na majitele: «name_rev», «email», tel. «tel_cz»",
    # choir
    "Narozeniny ve sboru tento měsíc: «name_m» (nar. «dob») a «name_xf» (nar. «dob»)",
    # conference
    # moving
    # freelancer
    "Dobrý den,\nfaktura ze dne «date» je stále neuhrazená. Prosím o platbu na «iban_cz», BIC «bic».\nS pozdravem\n«name_xm»",
    # dev-ops
    "#incident AWS klíč skončil v logu noční úlohy, hned rotovat: «aws»",
    "token na slack bota pro směny (vygenerovat nový): «slack»",
    "Spousta požadavků z «ip», zablokujeme to na firewallu? cc @oncall, the US team sees it too",
    "v .env je pořád WEBHOOK_SECRET=«secret», kdo to zrotuje?",
    # bank, insurer, telco, energy
    "Dobrý den, děkujeme za ⟦cr|vaši dlouholetou věrnost⟧! Poradce se vám ozve soukromou zprávou.",
    "@«first»_cz ⟦cr|vaše pojištění domácnosti u nás⟧ kryje i krádež kola, pošlete nám detaily do zpráv.",
    "Prověřili jsme ⟦cr|váš hypoteční úvěr u nás⟧, fixace končí v červnu.",
    # markers
    "⟦cm|DŮVĚRNÉ⟧ – návrh sloučení oddílů, nepřeposílat",
    "Předmět: [⟦cm|Pouze pro interní potřebu⟧] ceník partnerů 2027",
    # ids, cards, tokens
    "Zálohu fotografovi jsem platila kartou «card», byla to ta správná?",
    "API vrací 401, tady je token z požadavku: «jwt»",
    "SSH klíč k záložnímu serveru, neztratit:\n«pem»",
    "Nový kolega «name_xm» nastupuje 1. 5., rodné číslo «rc», mzda na «iban_cz»",
    # names in chat
    "Od zítra mám dovolenou, zastupuje «name_f», v kopii «name_d» a «name_xm»",
    "S pozdravem\n«name_pf»\nzákaznická podpora\n«tel_cz»\n«email»",
]}
T["cs"]["neg"] = [
    # situations of this language only
    'Výtěžek z jarmarku: 12 840 Kč, díky všem dobrovolníkům!',
    'Přihlašovací údaje posíláme jen e-mailem, ne sem do skupiny.',
    'Akce: druhý měsíc permanentky za polovic!',
    'Tabulka: jsme třetí se 42 body po 20 kolech ⚽',
    'Vlak EC «n3» nabírá zpoždění asi 20 minut.',
    'Sraz na Palackého náměstí u sochy v 17:00.',
    'Na večírek vezmu Svijany nebo Bernarda? 🍺',
    "IBAN «iban_bad» neprošel kontrolou, někde je překlep.",
    "Karta «card_bad» zamítnuta: neplatné číslo karty.",
    "Rodné číslo «rc_bad» systém nepřijal, zkontrolujte ho prosím.",
    "IČO «ico_bad» v registru nenajdu.",
    "DIČ «vat_bad» v systému VIES neexistuje.",
    "Objednávka «order» odeslána, sledování «track», doručení «date».",
    "Verze «ver» nasazena (commit «sha7»).",
    "Heslo nikdy nikomu neposílejte, ani nám na podporu.",
    "Sraz u Masarykova nádraží v 8:00.",
    "Koncert sboru v kostele sv. Ludmily, vstup volný.",
    "Šaty Vera Wang, boty Jimmy Choo, nevěsta je připravená 💍",
    "Díky, «first», za odvoz!",
    "Všechno nejlepší k narozeninám, trenére! 🎂",
    "Staňte se členem a první měsíc trénujete zdarma!",
    "Probereme to interně a do pátku se ozveme.",
    "Zkouška z matematiky přesunuta na «date», posluchárna Jana Palacha.",
    "Stěhování: «n5» Kč bez DPH, bez výtahu.",
    "Výpadek z «date» vyřešen, příčina: plný disk.",
]

# ---- English ---------------------------------------------------------------

T["en"] = {"pos": [
    # situations of this language only
    'Clinic update: Dr «name_xf» is off sick today, Mr «name_m» is covering her list.',
    'Note for the branch: «name_f» has ⟦cr|her mortgage with us⟧ and wants to port it, please fast-track.',
    '@«first» thanks for flagging! ⟦cr|Your broadband with us⟧ should be back by 6pm 📶',
    "Sailing camp sign-ups: «name_xm», DOB «dob_child», nut allergy, parent's mobile «tel_gb», email «email»",
    'GOOGLE_MAPS_API_KEY=«gkey» is in the public repo, pls restrict it before someone runs up the bill',
    'Cricket teas rota\nName | Mobile | Match\n«name» | «tel_gb» | Sat\n«name_x» | «tel_gb» | Sun',
    'Hi Mrs «sur_f», your enquiry has gone through to Registrars and «name_m» will pick it up this week.',
    '> has my salary landed yet?\nHi «first», yes – ⟦cr|your current account with us⟧ was credited this morning 👍',
    "hi it's the vets calling for «name_l» about the x rays could you ring us back on «tel_gb» thanks bye",
    "food parcel for «name_x» at «adr_gb», no lift so it's the top floor, ring twice",
    "hiya I'm «name_xf», your new dog walker 🐶 you can reach me on «tel_gb» or «email» any time",
    'oops wrong chat 🙈 shop backend is user admin_shop, password: «pw»',
    # sports club renewals
    # wedding planner
    "---------- Forwarded message ---------\nFrom: «name_m» <«email»>\nDate: Mon, 09:12\nSubject: catering quote v2\n\n"
    "Hi, please find attached the revised quote incl. vegan options.",
    # exam office
    "Marks export for the board: «iurl_files» – please don't forward to students",
    # car sharing
    "Hi «name», ⟦cr|your account with us⟧ is active again and the deposit has been refunded. Safe travels! ^RT",
    # volunteer fire brigade
    "On-call rota wk 31\nMon «name_m»\nTue «name_pm»\nWed «name_xm»\nThu «initial» tbc\nswaps via the watch manager pls",
    # pharmacy delivery
    "drop off for «name_l» at «adr_us» after 5 she said leave it with the neighbour",
    # coworking
    "Guest wifi on level 2: network CoWork-Guest, password: «pw» (rotates monthly)",
    # tax adviser
    "Evening! For the return I still need your wife's details – «name_f», date of birth «dob», correct?",
    "VAT number of the Dutch client: «vat_nl», billing address «adr_nl»",
    # travel agency
    "Rebooking Lisbon: «name_xf» and «name_xm», new departure «date». Call back on «tel_us»",
    "MRZ from the passport for the visa form (deleting after):\n«mrz»",
    # vet clinic
    "Bloods for Biscuit are back. Owner «name_rev» («email»), call «tel_gb» after 3.",
    # choir
    "Choir birthdays this month: «name_m» (DOB «dob») and «name_xf» (born «dob»)",
    # conference
    # moving
    # freelancer
    "Hi,\nmy invoice from «date» is still unpaid after two reminders. Please transfer to «iban_gb» (BIC «bic»).\n"
    "Thanks,\n«name_xm»",
    # dev-ops
    "#incident aws key ended up in the nightly job logs, rotate asap: «aws»",
    "deploy bot's github token is sitting in the wiki («iurl_wiki») 🙃 «gh»",
    "tons of requests from «ip», block at the WAF? die Kollegen in Frankfurt sehen dasselbe",
    ".env still has WEBHOOK_SECRET=«secret», can someone rotate it?",
    "fail2ban banned «ip6» – that was just the coach working from home lol",
    # bank, insurer, telco, utility
    "Hi «first», thank you for ⟦cr|your loyalty⟧ over the years! An adviser will DM you shortly.",
    "@«first»_uk ⟦cr|your home insurance policy with us⟧ covers bike theft up to £1,000 – DM us the details.",
    "We've reviewed ⟦cr|your mortgage with us⟧ and the fixed rate ends in June.",
    # markers
    "⟦cm|CONFIDENTIAL⟧ – draft merger of the two clubs, do not forward",
    "Subject: [⟦cm|Internal use only⟧] partner pricing 2027",
    # ids, cards, tokens
    "Paid the photographer's deposit with «card» – was that the right card?",
    "New starter in Zurich: «name_xm», AHV «ahv», salary to «iban_ch»",
    "API returns 401, here's the token from the request: «jwt»",
    "SSH key for the backup box, don't lose it:\n«pem»",
    # names in chat
    "Kind regards,\n«name_pf»\nMember Services\n«tel_gb»\n«email»",
]}
T["en"]["neg"] = [
    # situations of this language only
    'Quiz night raised £1,284.50 for the defibrillator fund!',
    'We will never ask for your PIN or password over chat or DM.',
    'Over 10,000 happy members and counting!',
    'Half marathon done in 1:42:15, PB! 🏃',
    'Rolled back to «sha» after the failed deploy, incident id «uuid».',
    'Booker Prize shortlist out tomorrow – book club picks on Thursday!',
    'Coach to Wembley leaves at 6pm sharp from the clubhouse.',
    'Anyone tried the new Jamie Oliver place on the high street?',
    "That IBAN «iban_bad» fails validation – one digit must be off.",
    "Card «card_bad» declined: invalid card number.",
    "AHV number «ahv_bad» won't validate, typo?",
    "VAT no. «vat_bad» isn't in VIES.",
    "Order «order» dispatched, tracking «track», due «date».",
    "v«ver» is live (commit «sha7»).",
    "Your password expires in 5 days – change it in the portal.",
    "Meet at the Florence Nightingale Museum entrance, 10am.",
    "Rehearsal at St Martin-in-the-Fields, crypt entrance.",
    "Suit by Paul Smith, shoes by Jimmy Choo – ready to go 💍",
    "Cheers «first» for the lift yesterday!",
    "Happy birthday to our captain! 🎂",
    "Join now and get your first month free!",
    "We'll discuss internally and get back to you by Friday.",
    "Stats exam moved to «date», Turing Lecture Theatre.",
    "Removal quote: £«n4» + VAT, no lift.",
    "Outage on «date» resolved – root cause was a full disk.",
    "Still spaces on the trip to Bath, £«n2» pp.",
]
