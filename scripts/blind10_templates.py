"""Templates of the tenth blind corpus (scripts/blind10.py).

«slot» is a value made by blind10.Ctx10 (labelled by rule_of); ⟦alias|text⟧
is a literal labelled with ALIASES[alias]. Positive templates ("pos") carry
at least one label, hard negatives ("neg") none.

Written blind: without reading the detectors, the tests or any earlier
corpus's templates, generators or fixtures (see blind10.py).
"""

from __future__ import annotations

ALIASES = {"cr": "customer_relationship", "cm": "classification_marker"}

_RULES = {
    "email": "email", "email_org": "email", "card": "payment_card", "bic": "bic", "ahv": "ch_ahv",
    "uid": "ch_uid", "detax": "de_tax_id", "desv": "de_svnr", "atsv": "at_svnr", "bsn": "nl_bsn",
    "rc": "cz_birth_number", "ico": "cz_ico", "mrz": "passport_mrz", "dob": "date_of_birth", "dobk": "date_of_birth",
    "ip": "ip_address", "ip6": "ip_address", "iurl": "internal_url", "aws": "secret_aws_key",
    "gh": "secret_github_token", "slack": "secret_slack_token", "gkey": "secret_google_api_key",
    "pem": "secret_private_key", "jwt": "secret_jwt", "pw": "secret_password_assignment",
    "secret": "secret_generic_high_entropy", "aws_secret": "secret_generic_high_entropy",
}


def rule_of(slot: str) -> str | None:
    if slot.endswith("_bad"):
        return None
    if slot.startswith("name"):
        return "person_name"
    if slot.startswith("phone_"):
        return "phone"
    if slot.startswith(("addr_", "addr2_")):
        return "postal_address"
    if slot.startswith("iban_"):
        return "iban"
    if slot == "vat" or slot.startswith("vat_"):
        return "eu_vat"
    return _RULES.get(slot)


T = {
    # ------------------------------------------------------------------ de
    "de": {
        "pos": [
            "Anpassungen morgen im Hörstudio: 9:00 Herr «name_m», 10:30 Frau «namex_f» (bringt ihre Tochter zum Übersetzen mit), 14:00 Herr «namew_m». Otoskope bitte vorher desinfizieren 🙏",
            "Lieferschein Nr. «n6»\nEmpfänger: «name»\n«addr2_de»\nTel. «phone_de»\nAbstellgenehmigung: nein",
            "@alle Raum „Eiger“ ist Do 14–16 Uhr von «namei_f» gebucht – wer den Beamer braucht, bitte direkt bei ihr melden.",
            "Patenschaft Erdmännchen 🐾 Urkunde bitte auf «name_f» und Tochter «first_f» ausstellen, Versand an «addr_de».",
            "Für das Sterbebuch der Pfarrei: «name_m», geb. am «dob», zuletzt wohnhaft «addr_de». Beerdigung Freitag.",
            "Neue Anmeldung Klavier: Schülerin «name_f», Geburtsdatum «dobk», Mutter erreichbar unter «phone_ch» 🎹",
            "Kurz aus der Filiale (sorry, falscher Kanal?): Herr «name_m» war heute am Schalter, ⟦cr|seine Hypothek bei uns⟧ läuft im März aus. IBAN für die Rückzahlung: «iban_ch»",
            "Sehr geehrte Frau «namep_f», ⟦cr|Ihre Hausratversicherung bei uns⟧ deckt den Fahrraddiebstahl ab. Die Rechnung bitte an «email_org».",
            "@lena_aus_bonn ⟦cr|Ihr Stromvertrag bei uns⟧ wurde umgestellt, die neue Abschlagshöhe sehen Sie im Kundenportal. Viele Grüße, Ihre Stadtwerke",
            "Wohnberechtigungsschein: Antragstellerin «namex_f», geb. «dob», derzeit «addr_de» – Unterlagen vollständig, bitte an die Sachbearbeitung.",
            "Wer kann Montag beim Jobcenter dolmetschen (Tigrinya)? Es geht um «nameer_m», Termin 9:15. Seine Nummer: «phone_de»",
            "hier die .env fürs Abschlussprojekt, bitte NICHT committen:\nDB_PASSWORD=«pw»\nSTRIPE_SECRET=«secret»",
            "Timesheets KW 12 fehlen noch von: «namer_m»; «namexr»; «namewr» – bitte bis Freitag in «iurl» nachtragen.",
            "Besichtigung Verkehrswertgutachten: «addr_at», Eigentümerin «namep_f», Tel. «phone_at». Grundbuchauszug liegt unter «iurl».",
            "Für die Verzollung Ihrer Sendung aus Kanada brauchen wir noch Ihre Steuer-ID, Herr «namew_m». Sie hatten uns «detax» geschickt – passt so, danke!",
            "🔔 OnCall-Bot: Diese Woche hat Rufbereitschaft Plattform «name_m» (Backup: «namex_f»). Eskalation über «phone_de».",
            "INC-«n5» · assigned to «namer» · in Bearbeitung · VPN-Gateway «ip» antwortet seit 6 Uhr nicht",
            "Aufstellung Bouldercup Team Süd: «name_m», «namex_m», «namew_f», «namei». Ersatz: «named_f».",
            "⟦cm|VERTRAULICH⟧ – Entwurf Sozialplan Standort Kiel, bitte nicht weiterleiten.",
            "Sorry, falscher Chat 🙈 das war aus dem Ordner ⟦cm|Nur für den internen Gebrauch⟧, bitte löschen.",
            "kann jemand den Key rotieren? Steht seit gestern im öffentlichen Ticket: «aws»",
            "export GITHUB_TOKEN=«gh»   # das darf nicht in die README",
            "Es tut uns leid, Frau «namex_f»: das Hörgerät war falsch eingestellt. Wir rufen Sie unter «phone_de» zurück.",
            "Ich kann «named» für jede Scrum-Master-Rolle empfehlen – drei Jahre großartige Zusammenarbeit! #OpenToWork",
            "Weitergeleitet: 🙏 Wer hat meinen Kater gesehen? Bitte melden bei «name_f», «phone_de». Danke fürs Teilen!",
            "Commit ist drin:\nCo-authored-by: «name» <«email»>",
            "Rechnungsadresse Hochzeitsfloristik (für die Planerin): Blütenwerk GmbH, «addr_ch», UID «uid»",
            "Passkopie vom Kunden für die Einfuhr, nur die MRZ ist lesbar:\n«mrz»",
            "Sozialversicherungsnummer der neuen Betreuerin für die Anmeldung: «desv»",
            "SV-Nummer «atsv» bitte im Lohnprogramm ergänzen, Eintritt 1. April.",
            "Teilnehmerliste Erste-Hilfe-Kurs: «nameu_m», «namexu_f», «namewu_m», «nameu_f»",
            "ok sag «namel» bescheid dass der werkstattschlüssel bei mir ist",
            "Webhook für den Kletterhallen-Bot: «slack» (bitte nicht forken)",
            "Header aus dem Fitness-App-Log: Authorization: Bearer «jwt»",
        ],
        "neg": [
            "Passwort vergessen? Tippe in der App auf „Passwort zurücksetzen“ – wir fragen dich nie im Chat danach.",
            "Bestellung «order» ist unterwegs, Sendungsnummer «track». Voraussichtliche Lieferung: «date».",
            "Die IBAN aus der Mail kam zurück, Prüfziffer falsch: «iban_bad». Bitte beim Kunden nachfragen.",
            "Karte «card_bad» wurde an der Kasse abgelehnt (Tippfehler), Kundin kommt morgen nochmal.",
            "AHV-Nummer im Formular ist falsch abgetippt: «ahv_bad» – bitte telefonisch klären, nicht hier.",
            "Steuer-ID «detax_bad» ist laut Prüfung ungültig, Zollanmeldung pausiert.",
            "Release «ver» ist live 🚀 Commit «sha7», Changelog wie immer im Repo.",
            "Endstand Bouldercup: Team Nord gewinnt «score», nächster Wettkampf am «date».",
            "Die Goethe-Schule und das Albert-Schweitzer-Heim laden zum Sommerfest in den Pfarrgarten ein!",
            "Unsere Kundinnen und Kunden schätzen die persönliche Beratung – kommen Sie vorbei, wir freuen uns!",
            "Werde jetzt Mitglied unserer Genossenschaftsbank und sichere dir 1 % Zins aufs Sparkonto 💰",
            "Danke an alle, die heute beim Tag der offenen Tür im Tierpark waren 🦒🦓",
            "Hörgeräte ab «price» € inkl. Kassenzuschuss. Angebot gültig bis «date».",
            "Hat jemand Lust auf Tandem? Ich bin «first», lerne gern Italienisch 🇮🇹",
            "Das klären wir intern und melden uns morgen bei euch.",
            "SHA-256 der Firmware: «hexid»«hexid» – bitte vor dem Flashen vergleichen.",
            "Testlauf-ID: «uuid», Dauer 14 min, alles grün.",
            "Wir montieren seit 2009 Solaranlagen in der Region – über 2.000 Dächer!",
            "Der Mercedes-Benz-Platz ist wegen der Baustelle gesperrt, nehmt die Umleitung über die Porschestraße.",
            "Erinnerung: Passwörter nie im Chat teilen, nutzt den Passwortmanager. Fragen an den Helpdesk.",
            "Rechnung RE-«n6» über «price» € ist bezahlt, danke!",
            "Sommerfest der Musikschule am «date», Beginn 15 Uhr, Kuchenspenden willkommen 🍰",
            "UID «uid_bad» ist im Handelsregister nicht zu finden – Tippfehler beim Lieferanten?",
            "Meetingraum „Matterhorn“ ist ab «date» renoviert, Buchung wieder über Outlook.",
        ],
    },
    # ------------------------------------------------------------------ fr
    "fr": {
        "pos": [
            "Réglage des appareils demain : 9h M. «name_m», 10h30 Mme «namex_f» (vient avec son fils), 15h Mme «namew_f». Merci de préparer les embouts 👂",
            "Bon de livraison n° «n6»\nDestinataire : «name»\n«addr2_fr»\nTél. «phone_fr»",
            "Parrainage du lémurien 🐒 : certificat au nom de «name_f» et de sa fille «first_f», envoi au «addr_fr».",
            "Inscription violon : élève «name_f», date de naissance «dobk», maman joignable au «phone_be» 🎻",
            "(message interne, mauvais canal 😬) M. «name_m» est passé à l'agence, ⟦cr|son prêt immobilier chez nous⟧ arrive à échéance en juin. IBAN de remboursement : «iban_fr»",
            "Madame «namep_f», ⟦cr|votre contrat habitation chez nous⟧ couvre bien le dégât des eaux. Envoyez la facture à «email_org».",
            "@julie_lyon ⟦cr|votre abonnement fibre chez nous⟧ a bien été migré, la nouvelle box part demain. Bonne soirée !",
            "Demande de logement social : «namex_f», née le «dob», actuellement au «addr_fr». Dossier complet, à transmettre au service attribution.",
            "Qui peut accompagner «namear_m» à la préfecture lundi 9h ? Il parle arabe et un peu anglais. Son numéro : «phone_fr»",
            "voilà le .env du projet fil rouge, NE PAS le pousser sur git svp :\nSMTP_PASSWORD=«pw»\nAPI_SECRET=«secret»",
            "Il manque encore les feuilles de temps de : «namer_f» ; «namexr» ; «namepr». Saisie avant vendredi dans «iurl»",
            "Échange de langues ! Je m'appelle «namept_f», je parle portugais et j'apprends le français. Écrivez-moi : «email» 🙂",
            "Facturation clinique : patient «namer», n° AVS «ahv». Garantie de paiement reçue, envoi à la caisse ce soir.",
            "Visite pour l'expertise : «addr_chfr», propriétaire Mme «namep_f», tél. «phone_ch». Extrait du registre foncier : «iurl»",
            "Pour dédouaner votre colis, il nous manque la copie du passeport, M. «namew_m». Seule la zone MRZ suffit :\n«mrz»",
            "Chambre 212 de la résidence libérée. Nouvelle locataire : «namex_f», née le «dob». Caution sur «iban_fr».",
            "🔔 Bot d'astreinte : cette semaine c'est «name_m» (backup «namexi»). Escalade : «phone_fr»",
            "Ticket SUP-«n5» · assigné à «namer» · en cours · le serveur «ip» ne répond plus",
            "⟦cm|CONFIDENTIEL⟧ – projet de réorganisation du site de Metz, ne pas diffuser.",
            "Oups mauvais groupe 🙈 c'était un extrait de la note ⟦cm|Diffusion restreinte⟧, merci de supprimer.",
            "quelqu'un peut révoquer cette clé ? elle est dans le ticket public depuis hier : «aws»",
            "Nous sommes désolés, Mme «namex_f» : l'appareil était mal réglé. Nous vous rappelons au «phone_fr».",
            "Je recommande vivement «named_f» : cheffe de projet rigoureuse et bienveillante, trois ans de collaboration 👏",
            "Transféré : 😿 Chat perdu quartier Gambetta, merci de contacter «name_f», «phone_fr». Partagez svp !",
            "Adresse de facturation du traiteur (pour la planificatrice) : Saveurs & Co, «addr_fr», TVA «vat_fr»",
            "Liste d'émargement secourisme : «nameu_m», «namexu_f», «namewu_f», «nameu_m»",
            "ok dis à «namel» que les clés de l'atelier sont chez moi",
            "Jeton du bot de la salle d'escalade : «gh» (à révoquer après la démo)",
            "Clé Maps dans le front, visible de tous : «gkey»",
            "IP qui a tenté 400 connexions cette nuit : «ip6»",
            "Notre BIC : «bic», merci d'indiquer la référence facture.",
        ],
        "neg": [
            "Mot de passe oublié ? Cliquez sur « Mot de passe oublié » dans l'appli, nous ne vous le demanderons jamais par message.",
            "Commande «order» expédiée, suivi «track». Livraison prévue le «date».",
            "L'IBAN du formulaire est rejeté, clé incorrecte : «iban_bad». À revoir avec le client par téléphone.",
            "Carte «card_bad» refusée (erreur de saisie), la cliente repasse demain.",
            "Le numéro AVS saisi est faux : «ahv_bad» – on corrige par courrier, pas ici.",
            "Version «ver» en prod 🚀 commit «sha7»",
            "Résultat du tournoi : Lyon bat Grenoble «score», prochain match le «date».",
            "Le lycée Victor-Hugo et la médiathèque Simone-Veil organisent une dictée géante samedi !",
            "Nos clients apprécient nos conseils personnalisés – passez nous voir en magasin !",
            "Devenez sociétaire de notre banque coopérative et profitez d'un livret à 3 % 💶",
            "Merci à toutes et à tous pour votre fidélité pendant ces 20 ans 🎉",
            "Appareils auditifs dès «price» €, reste à charge zéro possible.",
            "Salut, moi c'est «first», je cherche un partenaire pour parler italien le jeudi 🇮🇹",
            "On règle ça en interne et on revient vers vous demain.",
            "Empreinte SHA-1 du paquet : «sha»",
            "Identifiant de la requête : «uuid», à communiquer au support si besoin.",
            "Depuis 1998, nous installons des panneaux solaires dans toute la région.",
            "Rendez-vous devant la station Charles de Gaulle – Étoile à 18h pour la balade photo.",
            "Rappel : ne partagez jamais vos mots de passe par messagerie, utilisez le coffre-fort.",
            "Facture FA-«n6» de «price» € réglée, merci !",
            "Kermesse de la paroisse le «date», tombola et crêpes 🥞",
            "Numéro de TVA «vat_bad» introuvable dans VIES, probablement une faute de frappe.",
            "Les identifiants vous seront remis en main propre le premier jour de la formation.",
            "La salle Coubertin est fermée pour travaux jusqu'au «date».",
            "Les Galeries Lafayette et Louis Vuitton recrutent pour les fêtes, postulez en ligne !",
        ],
    },
    # ------------------------------------------------------------------ it
    "it": {
        "pos": [
            "Controlli apparecchi acustici domani: ore 9 sig. «name_m», ore 11 sig.ra «namex_f» (viene con la figlia), ore 15 sig. «namew_m».",
            "DDT n. «n6»\nDestinatario: «name»\n«addr2_it»\nCell. «phone_it»",
            "Sala Dolomiti prenotata giovedì 14-16 da «namei_f». Chi ha bisogno del proiettore scriva a lei.",
            "Registro parrocchiale: funerale di «name_m», nato il «dob», giovedì ore 10.",
            "Iscrizione corso di chitarra: allieva «name_f», data di nascita «dobk», papà raggiungibile al «phone_it» 🎸",
            "(scusate, chat sbagliata) Il sig. «name_m» è passato in filiale, ⟦cr|il suo mutuo presso di noi⟧ scade a marzo. IBAN per l'estinzione: «iban_it»",
            "Gentile sig.ra «namep_f», ⟦cr|la sua polizza casa con noi⟧ copre il furto della bici. Mandi pure la fattura a «email_org».",
            "@marta_to ⟦cr|il suo contratto luce con noi⟧ è stato aggiornato, trova la nuova rata nell'area clienti.",
            "Domanda alloggio popolare: «namex_f», nata il «dob», residente in «addr_it». Pratica completa.",
            "Chi accompagna «nameer_m» in Questura lunedì alle 9? Parla tigrino e un po' d'inglese. Numero: «phone_it»",
            "ecco il .env del progetto finale, NON committatelo:\nDB_PASS=«pw»\nJWT_SECRET=«secret»",
            "Mancano ancora i timesheet di: «namer_m»; «namexr»; «namepr». Inserirli entro venerdì su «iurl»",
            "Fatturazione clinica: paziente «namer», codice AVS «ahv», garanzia di pagamento ricevuta.",
            "Sopralluogo per la perizia: «addr_it», proprietaria sig.ra «namep_f», tel. «phone_it». Visura su «iurl»",
            "Per sdoganare il pacco ci serve la copia del passaporto, sig. «namew_m». Basta la zona MRZ:\n«mrz»",
            "Stanza 12 dello studentato libera. Nuova inquilina: «namex_f», nata il «dob». Cauzione su «iban_it».",
            "Turni assistenza domiciliare sabato\nMattina: «name_f» → sig. «namew_m» (insulina)\nSera: «namex_f»\nReperibilità: «phone_it»",
            "🔔 Bot reperibilità: questa settimana tocca a «name_m» (backup «namexi»). Escalation: «phone_it»",
            "Ticket HD-«n5» · assegnato a «namer» · in lavorazione · il NAS «ip» non risponde",
            "Formazione gara boulder: «name_m», «namex_m», «namew_f», «namei_m». Riserva: «named_f».",
            "⟦cm|RISERVATO⟧ – bozza piano esuberi sede di Padova, non inoltrare.",
            "Ops gruppo sbagliato 🙈 era un estratto del documento ⟦cm|Ad uso interno⟧, cancellate per favore.",
            "qualcuno può revocare questa chiave? è nel ticket pubblico da ieri: «aws»",
            "Ci scusiamo, sig.ra «namex_f»: l'apparecchio era regolato male. La richiamiamo al «phone_it».",
            "Consiglio «named_m» a chiunque cerchi un project manager serio: tre anni fantastici insieme 👏",
            "Inoltrato: 🐱 Gatto smarrito zona Navigli, contattare «name_f», «phone_it». Condividete!",
            "Dati fiscali del fiorista (per la wedding planner): Fiori & Co srl, «addr_it», P.IVA «vat_it»",
            "ok di' a «namel» che le chiavi del laboratorio le ho io",
            "Token Slack del bot della palestra: «slack» (da rigenerare)",
            "Chiave privata del server di staging, scusate:\n«pem»",
            "Parametri di accesso al portale: utente admin, password: «pw»",
        ],
        "neg": [
            "Password dimenticata? Tocca \"Reimposta password\" nell'app: non te la chiederemo mai in chat.",
            "Ordine «order» spedito, tracking «track». Consegna prevista il «date».",
            "L'IBAN del modulo risulta errato: «iban_bad». Da verificare con il cliente al telefono.",
            "Carta «card_bad» rifiutata (errore di battitura), la cliente ripassa domani.",
            "Versione «ver» rilasciata 🚀 commit «sha7»",
            "Risultato finale: Pisa batte Livorno «score», prossima partita il «date».",
            "Il liceo Galileo Galilei e la biblioteca Natalia Ginzburg organizzano una maratona di lettura!",
            "I nostri clienti apprezzano la consulenza personalizzata: vieni a trovarci in negozio!",
            "Diventa socio della nostra banca di credito cooperativo e approfitta del conto deposito al 3 % 💶",
            "Grazie a tutti per la fiducia in questi 30 anni di attività 🎉",
            "Apparecchi acustici da «price» €, prova gratuita per 30 giorni.",
            "Ciao, sono «first», cerco qualcuno per parlare francese il martedì 🇫🇷",
            "Lo risolviamo internamente e vi aggiorniamo domani.",
            "Hash del firmware: «sha», confrontatelo prima di aggiornare.",
            "ID richiesta: «uuid», comunicatelo al supporto se serve.",
            "Dal 1995 installiamo impianti fotovoltaici in tutta la provincia.",
            "Ritrovo all'aeroporto Marco Polo alle 7:30, volo per Catania alle 9:10.",
            "Promemoria: mai condividere le password in chat, usate il gestore password aziendale.",
            "Fattura FT-«n6» di «price» € saldata, grazie!",
            "Festa della parrocchia il «date», pesca di beneficenza e torte 🍰",
            "Partita IVA «vat_bad» non valida su VIES, forse un errore di battitura.",
            "Le credenziali vi verranno consegnate il primo giorno del bootcamp.",
            "La sala Montessori è chiusa per lavori fino al «date».",
            "Ferrari e Armani tra i marchi più amati dai turisti quest'estate.",
            "Codice AVS «ahv_bad» non valido, l'ufficio paghe ricontatterà il collaboratore.",
        ],
    },
    # ------------------------------------------------------------------ nl
    "nl": {
        "pos": [
            "Hoortoestellen afstellen morgen: 9.00 dhr. «name_m», 10.30 mevr. «namex_f» (dochter tolkt), 14.00 dhr. «namew_m». Otoscopen graag vooraf reinigen 🙏",
            "Pakbon nr. «n6»\nOntvanger: «name»\n«addr2_nl»\nTel. «phone_nl»",
            "Vergaderruimte ‘Texel’ is do 14–16 uur geboekt door «namei». Beamer nodig? Even bij haar melden.",
            "Adoptie stokstaartje 🐾 Certificaat op naam van «name_f» en dochter «first_f», opsturen naar «addr_nl».",
            "Inschrijving cello: leerling «name_f», geboortedatum «dobk», moeder bereikbaar op «phone_be» 🎻",
            "(sorry verkeerde chat) Dhr. «name_m» was vandaag op het kantoor, ⟦cr|zijn hypotheek bij ons⟧ loopt in maart af. IBAN voor de aflossing: «iban_nl»",
            "Beste mevrouw «namep_f», ⟦cr|uw inboedelverzekering bij ons⟧ dekt de diefstal van de fiets. Stuur de factuur naar «email_org».",
            "@sanne_utrecht ⟦cr|je energiecontract bij ons⟧ is omgezet, het nieuwe voorschot zie je in de app.",
            "Aanvraag sociale huur: «namex_f», geboren «dob», nu wonend op «addr_nl». Dossier compleet.",
            "Wie kan maandag mee naar de IND met «nameer_m»? Hij spreekt Tigrinya en wat Engels. Nummer: «phone_nl»",
            "hier de .env van het eindproject, NIET committen aub:\nDB_PASSWORD=«pw»\nSESSION_SECRET=«secret»",
            "Urenbriefjes week 12 ontbreken nog van: «namer_m»; «namexr»; «namepr». Graag voor vrijdag in «iurl»",
            "Taalmaatje gezocht! Ik ben «namepl_f», spreek Pools en leer Nederlands. Mail me: «email» 😊",
            "Declaratie kliniek: patiënt «namer», BSN «bsn», machtiging zorgverzekeraar ontvangen.",
            "Taxatiebezoek: «addr_nl», eigenaar «namep_m», tel. «phone_nl». Kadasterbericht staat op «iurl»",
            "Voor het inklaren van uw pakket hebben we een kopie van uw paspoort nodig, dhr. «namew_m». Alleen de MRZ volstaat:\n«mrz»",
            "Kamer 2.07 in de studentenflat komt vrij. Nieuwe huurder: «namex_m», geboren op «dob». Borg naar «iban_nl».",
            "🔔 Piketbot: deze week heeft «name_m» piket (backup «namexi»). Escalatie: «phone_nl»",
            "Melding OPS-«n5» · toegewezen aan «namer» · in behandeling · server «ip» reageert niet",
            "⟦cm|VERTROUWELIJK⟧ – concept reorganisatie vestiging Breda, niet doorsturen.",
            "Oeps verkeerde groep 🙈 dat kwam uit het stuk ⟦cm|Alleen voor intern gebruik⟧, graag verwijderen.",
            "kan iemand deze key intrekken? staat sinds gisteren in het publieke ticket: «aws»",
            "Het spijt ons, mevrouw «namex_f»: het toestel was verkeerd afgesteld. We bellen u terug op «phone_nl».",
            "Ik beveel «named» van harte aan als projectleider: drie jaar fijne samenwerking! #aanrader",
            "Doorgestuurd: 🐈 Kat vermist in Leiden-Noord, bel «name_f», «phone_nl». Graag delen!",
            "Factuurgegevens bloemist (voor de weddingplanner): Bloemenhuis BV, «addr_nl», btw-nr. «vat_nl»",
            "Presentielijst EHBO-cursus: «nameu_m», «namexu_f», «namewu_m», «nameu_f»",
            "ok zeg tegen «namel» dat de sleutel van de werkplaats bij mij is",
            "Token van de klimhal-bot: «gh» (graag intrekken na de demo)",
            "Login vanaf «ip» om 03.12 uur, dat was ik niet – graag account blokkeren.",
            "Sofinummer is nu BSN, die van de nieuwe medewerker is «bsn».",
        ],
        "neg": [
            "Wachtwoord vergeten? Tik in de app op ‘Wachtwoord herstellen’, wij vragen er nooit om via chat.",
            "Bestelling «order» is onderweg, track & trace «track». Verwachte levering: «date».",
            "IBAN op het formulier klopt niet, controlegetal fout: «iban_bad». Even navragen bij de klant.",
            "BSN «bsn_bad» klopt niet volgens de elfproef, graag telefonisch controleren.",
            "Pas «card_bad» geweigerd (tikfout), klant komt morgen terug.",
            "Versie «ver» staat live 🚀 commit «sha7»",
            "Eindstand: Ajax – PSV «score», volgende wedstrijd op «date».",
            "De Johan Cruijff ArenA en het Anne Frank Huis trekken samen miljoenen bezoekers.",
            "Onze klanten waarderen persoonlijk advies – kom gerust langs in de winkel!",
            "Word lid van onze coöperatieve bank en profiteer van 2 % rente op je spaarrekening 💶",
            "Dank jullie wel allemaal voor 25 jaar vertrouwen 🎉",
            "Hoortoestellen vanaf € «price», gratis proefperiode van 30 dagen.",
            "Hoi, ik ben «first», zoek iemand om Spaans mee te oefenen 🇪🇸",
            "We lossen het intern op en laten morgen iets weten.",
            "Checksum van de firmware: «sha»",
            "Request-ID: «uuid», graag meesturen naar support.",
            "Sinds 2001 leggen wij zonnepanelen in heel Gelderland.",
            "Verzamelen bij station Rotterdam Centraal, daarna naar de Erasmusbrug.",
            "Reminder: deel nooit wachtwoorden in de chat, gebruik de wachtwoordkluis.",
            "Factuur F-«n6» van € «price» is voldaan, dank!",
            "Parochiefeest op «date», loterij en taart 🍰",
            "Btw-nummer «vat_bad» niet gevonden in VIES, typfout?",
            "Inloggegevens krijg je op de eerste dag van de bootcamp op papier.",
            "Zaal Rembrandt is tot «date» dicht wegens verbouwing.",
            "Heineken en Philips sponsoren dit jaar het stadsfestival.",
        ],
    },
    # ------------------------------------------------------------------ cs
    "cs": {
        "pos": [
            "Zítra seřízení naslouchadel: 9:00 pan «name_m», 10:30 paní «namex_f» (přijde s dcerou), 14:00 pan «namew_m». Prosím vydezinfikovat nástavce 🙏",
            "Dodací list č. «n6»\nPříjemce: «name»\n«addr2_cz»\nTel. «phone_cz»",
            "Přihláška klavír: žákyně «name_f», datum narození «dobk», maminka na čísle «phone_cz» 🎹",
            "(pardon, špatný chat) Pan «name_m» byl dnes na pobočce, ⟦cr|jeho hypotéka u nás⟧ končí v březnu. IBAN pro splacení: «iban_cz»",
            "Vážená paní «name_f», ⟦cr|Vaše pojištění domácnosti u nás⟧ krádež kola kryje. Fakturu pošlete na «email_org».",
            "@jana_brno ⟦cr|Vaše smlouva na elektřinu u nás⟧ byla převedena, novou zálohu uvidíte v aplikaci.",
            "Žádost o obecní byt: «namex_f», nar. «dob», nyní bytem «addr_cz». Spis kompletní.",
            "Hledáme doprovod na cizineckou policii v pondělí v 9:00. Klient: «nameua_m», mluví jen ukrajinsky, číslo: «phone_ua»",
            "tady je .env k závěrečnému projektu, NECOMMITOVAT:\nDB_PASSWORD=«pw»\nAPP_SECRET=«secret»",
            "Venčení út 🐕 8:00 Ajax – majitelka «namew_f», «addr_cz», klíč ve schránce.",
            "Výkazy práce za 12. týden chybí od: «namer_m»; «namexr»; «namewr». Doplňte do pátku v «iurl»",
            "Vyúčtování kliniky: pacient «namer», rodné číslo «rc», souhlas pojišťovny přišel.",
            "Ohledání pro znalecký posudek: «addr_cz», majitelka «named_f», tel. «phone_cz». Výpis z katastru: «iurl»",
            "K proclení zásilky potřebujeme kopii pasu. Stačí strojově čitelná zóna:\n«mrz»",
            "Pokoj 214 na kolejích se uvolnil. Nová nájemnice: «namex_f», nar. «dob». Kauce na «iban_cz».",
            "🔔 Pohotovostní bot: tento týden drží službu «name_m» (záloha «namexi»). Eskalace: «phone_cz»",
            "Požadavek HD-«n5» · řeší «namer» · v řešení · server «ip» neodpovídá",
            "Sestava na boulderové závody: «name_m», «namex_m», «namew_f», «namei_m». Náhradnice: «named_f».",
            "Formální seznam účastníků školení BOZP: «nameu_m», «namewu_f», «nameu_f», «namexu_m»",
            "⟦cm|DŮVĚRNÉ⟧ – návrh reorganizace pobočky Pardubice, nepřeposílat.",
            "Jejda, špatná skupina 🙈 to bylo z dokumentu ⟦cm|Pouze pro interní potřebu⟧, smažte to prosím.",
            "může někdo zneplatnit tenhle klíč? je od včera ve veřejném tiketu: «aws»",
            "Omlouváme se, paní «namex_f»: naslouchadlo bylo špatně nastavené. Zavoláme Vám na «phone_cz».",
            "Moje doporučení na LinkedInu: «named_m» – skvělý projektový manažer, tři roky spolupráce 👏",
            "Přeposláno: 🐈 Ztratila se kočka na Vinohradech, volejte «name_f», «phone_cz». Sdílejte!",
            "Fakturační údaje květinářství (pro svatební koordinátorku): Květiny s.r.o., «addr_cz», IČO «ico»",
            "DIČ dodavatele pro fakturu: «vat_cz»",
            "ok klíče od dílny mám já, «namel» to ví",
            "Token Slack bota lezecké stěny: «slack» (vygenerovat nový)",
            "Ukrajinská kolegyně «nameua_f» má nové číslo: «phone_ua»",
            "Přístup do administrace e-shopu: login správce, heslo: «pw»",
        ],
        "neg": [
            "Zapomenuté heslo? V aplikaci klepněte na „Obnovit heslo“, v chatu se na něj nikdy neptáme.",
            "Objednávka «order» je na cestě, sledovací číslo «track». Doručení «date».",
            "IBAN z formuláře nesedí, kontrolní číslice je špatně: «iban_bad». Ověřit telefonicky.",
            "Rodné číslo «rc_bad» neprošlo kontrolou, nejspíš překlep.",
            "IČO «ico_bad» v registru není, dodavatel se asi přepsal.",
            "Karta «card_bad» byla zamítnuta (překlep), zákaznice přijde zítra.",
            "Verze «ver» je venku 🚀 commit «sha7»",
            "Konečný stav: Sparta – Slavia «score», další zápas «date».",
            "Gymnázium Jana Nerudy a Knihovna Václava Havla pořádají čtení pro veřejnost!",
            "Naši zákazníci oceňují osobní přístup – zastavte se na prodejně!",
            "Staňte se členem naší družstevní záložny a získejte spořicí účet s 3 % 💶",
            "Děkujeme všem za důvěru během 20 let na trhu 🎉",
            "Naslouchadla od «price» Kč, zkouška zdarma 30 dní.",
            "Ahoj, jsem «first», hledám někoho na konverzaci v němčině 🇩🇪",
            "Vyřešíme to interně a zítra se ozveme.",
            "Kontrolní součet firmwaru: «sha»",
            "ID požadavku: «uuid», pošlete ho prosím na podporu.",
            "Od roku 2004 instalujeme fotovoltaiku po celém kraji.",
            "Sraz na Letišti Václava Havla v 7:30, let do Splitu v 9:10.",
            "Připomínka: hesla nikdy nesdílejte v chatu, používejte správce hesel.",
            "Faktura FV-«n6» na «price» Kč je uhrazená, díky!",
            "Farní pouť «date», tombola a koláče 🍰",
            "DIČ «vat_bad» není ve VIES, asi překlep.",
            "Přihlašovací údaje dostanete první den kurzu vytištěné.",
            "Sál Smetana je do «date» zavřený kvůli rekonstrukci.",
            "Škoda a Baťa patří mezi nejznámější české značky.",
        ],
    },
    # ------------------------------------------------------------------ en
    "en": {
        "pos": [
            "Hearing aid fittings tomorrow: 9:00 Mr «name_m», 10:30 Mrs «namex_f» (her son is coming to translate), 2pm Mr «namew_m». Please wipe the otoscopes first 🙏",
            "Delivery note #«n6»\nShip to: «name»\n«addr2_gb»\nPhone «phone_gb»",
            "Room 'Ben Nevis' is booked Thu 2–4pm by «namei». Need the projector? Ping her directly.",
            "New piano pupil: «name_f», date of birth «dobk», mum is on «phone_ie» 🎹",
            "(sorry wrong channel) Mr «name_m» came into the branch, ⟦cr|his mortgage with us⟧ is up for renewal in March. IBAN for the redemption: «iban_gb»",
            "Dear Ms «namep_f», ⟦cr|your home insurance policy with us⟧ does cover the stolen bike. Please send the receipt to «email_org».",
            "@sam_in_leeds ⟦cr|your broadband contract with us⟧ has been moved to the new plan, details are in the app.",
            "Housing application: «namex_f», DOB «dob», currently at «addr_gb». File complete, passing to allocations.",
            "Can anyone go with «nameer_m» to the Home Office appointment on Monday at 9? He speaks Tigrinya. His number: «phone_gb»",
            "here's the .env for the capstone project, DO NOT commit:\nPOSTGRES_PASSWORD=«pw»\nSIGNING_SECRET=«secret»",
            "Still missing timesheets for week 12 from: «namer_m»; «namexr»; «namepr». Please fill them in at «iurl» by Friday",
            "Clinic billing: patient «namer», card ending in 4411 – insurer pre-authorisation received. Full card on file: «card»",
            "Valuation visit: «addr_gb», owner «namep_m», tel. «phone_gb». Title register is at «iurl»",
            "To clear your parcel through customs we need a copy of your passport, Mr «namew_m». The MRZ is enough:\n«mrz»",
            "Room 4B in halls is free again. New tenant: «namex_m», born on «dob». Deposit to «iban_gb».",
            "Home care rota Sat\nEarly: «name_f» → Mr «namew_m» (insulin 7:30)\nLate: «namex_f»\nOn call: «phone_gb»",
            "🔔 OnCall bot: this week's primary is «name_m» (secondary «namexi»). Escalation: «phone_us»",
            "INC-«n5» · assigned to «namer» · in progress · VPN gateway «ip» down since 6am",
            "Bouldering league line-up: «name_m», «namex_m», «namew_f», «namei_m». Sub: «named_f».",
            "⟦cm|STRICTLY CONFIDENTIAL⟧ – draft redundancy plan for the Leeds office, do not forward.",
            "oops wrong group 🙈 that was from the ⟦cm|Internal Use Only⟧ deck, please delete",
            "can someone rotate this key? it's been in the public ticket since yesterday: «aws»\nsecret: «aws_secret»",
            "We're sorry, Mrs «namex_f»: the hearing aid was set up wrong. We'll call you back on «phone_gb».",
            "Happy to endorse «named» for any delivery lead role – three brilliant years working together! #OpenToWork",
            "Forwarded: 😿 Lost cat near Forest Road, please contact «name_f», «phone_gb». Please share!",
            "Billing details for the florist in Flanders (for the wedding planner): Bloem & Blad BV, «addr_be», VAT «vat_be»",
            "ok tell «namel» the workshop keys are with me",
            "Slack token for the climbing wall bot: «slack» (needs regenerating)",
            "Server login from «ip6» at 03:12, wasn't me – please lock the account.",
            "Polish contractor «namepl_m» can be reached on «phone_pl» from Monday.",
            "Portuguese supplier contact: «namept_f», «phone_pt»",
        ],
        "neg": [
            "Forgot your password? Tap 'Reset password' in the app – we will never ask for it in a message.",
            "Order «order» has shipped, tracking «track». Expected delivery «date».",
            "The IBAN on the form bounced, check digits are wrong: «iban_bad». Please confirm with the customer by phone.",
            "Card «card_bad» declined (typo), customer will come back tomorrow.",
            "Release «ver» is out 🚀 commit «sha7»",
            "Full time: Leeds 2, Hull 1 – next fixture on «date».",
            "The Alan Turing Institute and the Florence Nightingale Museum are both open late on Friday!",
            "Our customers love the personal advice – pop into the shop any time!",
            "Join our credit union today and get 3% on your savings 💷",
            "Thank you all for 15 amazing years of support 🎉",
            "Hearing aids from £«price», 30-day free trial.",
            "Hi, I'm «first», looking for someone to practise German with on Thursdays 🇩🇪",
            "We'll sort it out internally and come back to you tomorrow.",
            "Firmware checksum: «sha»",
            "Request ID: «uuid», please include it when you contact support.",
            "Installing solar panels across Yorkshire since 2007.",
            "Meet at Heathrow Terminal 5 at 7:30, flight to Edinburgh at 9:10.",
            "Reminder: never share passwords in chat, use the password manager.",
            "Invoice INV-«n6» for £«price» paid, thanks!",
            "Parish summer fair on «date», raffle and cakes 🍰",
            "VAT number «vat_bad» isn't in VIES, probably a typo.",
            "Your login details will be handed out on day one of the bootcamp.",
            "The Churchill Room is closed for refurbishment until «date».",
            "Marks & Spencer and Ben & Jerry's are sponsoring the fun run this year.",
            "The NI number format is two letters, six digits and a letter – never post yours online.",
        ],
    },
}

# Second batch: handovers, greetings, sign-offs, thanks, public replies of
# banks and telcos, complaints, tables and config pastes, per language in
# its own words (not translations of one another).
T["de"]["pos"] += [
    "Moin zusammen, Übergabe vor meinem Urlaub: Kundin «name_f» (Wechselrichter defekt) übernimmt «namex_m», cc «named». Im Zweifel fragt «namew_f», die kennt die Anlage.",
    "@MaxiM_84 Hallo Herr «last», ⟦cr|als langjähriges Mitglied unserer Bank⟧ erreichen Sie Ihren Berater auch per Video-Termin. Schreiben Sie uns dazu gern eine DM.",
    "Hi Sandra, ⟦cr|dein Mobilfunkvertrag bei uns⟧ läuft noch bis Oktober – die Verlängerung geht direkt in der App. ^JK",
    "Anzahlung Hütte (12 Pers., 3 Nächte): Karte «card», gültig bis 08/27, Karteninhaber «name_m». Bitte nach Buchung aus dem Chat löschen!",
    "Notfallliste Ruderclub:\n| Name | Handy |\n|---|---|\n| «name» | «phone_de» |\n| «namex» | «phone_tr» |\n| «namew» | «phone_at» |",
    "Seit drei Wochen keine Rückmeldung von Ihrem Techniker «name_m» zur Zählerablesung. So geht das nicht!!! 😡 @stadtwerke",
    "smtp:\n  host: mail.kletterhalle.de\n  user: buchung\n  password: «pw»",
    "Riesendank an «name_f» und «namex_m» fürs Aufbauen beim Pfarrfest 🙌 ohne euch wär das nix geworden!",
    "Viele Grüße aus der Werkstatt\n\n«name_m»\nZweirad-Meisterbetrieb\nT «phone_de»",
    "frag mal «namew_f», die hat den Schlüssel fürs Bootshaus",
    "Bankverbindung für die Hüttenreservierung: «iban_at», BIC «bic», Verwendungszweck Gruppenname.",
]
T["de"]["neg"] += [
    "Ruderclub: Unser Achter gewinnt die Regatta in 6:12,4 min – Glückwunsch an die ganze Mannschaft! 🚣",
    "Neu für Neukunden: 20 GB für 9,99 €/Monat, jetzt in jedem Shop wechseln!",
    "Bitte postet eure Kundennummer nie öffentlich – schreibt uns einfach eine Direktnachricht.",
    "Hüttenwirt:in gesucht! Bewerbungen bis «date» an die Sektion.",
]
T["fr"]["pos"] += [
    "Bonjour à tous, passation avant mes congés : le dossier de Mme «name_f» (valorisation d'un appartement) passe à «namex_m», en copie «named». En cas de doute, voyez avec «namew_m».",
    "@Thomas_Nts Bonjour, ⟦cr|en tant que client de notre agence⟧, vous pouvez demander un rendez-vous vidéo avec votre conseiller. Écrivez-nous en MP.",
    "Bonjour Karim, ⟦cr|votre forfait mobile chez nous⟧ se termine fin octobre, le renouvellement se fait dans l'appli. ^LM",
    "Pour l'acompte du refuge (12 pers.) : carte «card», exp. 09/27, titulaire «name_m». Merci d'effacer ce message après !",
    "Contacts d'urgence du club d'aviron :\n| Nom | Portable |\n|---|---|\n| «name» | «phone_fr» |\n| «namex» | «phone_pt» |",
    "Trois semaines sans nouvelles de votre technicien M. «name_m» pour le raccordement de mes panneaux. Inadmissible 😡",
    "mailer:\n  smtp_user: alertes\n  smtp_password: «pw»",
    "Un grand merci à «name_f» et «namex_m» pour le montage des stands à la kermesse 🙌",
    "Bien à vous,\n\n«name_f»\nOpticienne diplômée – Optique du Centre\n«phone_ch»",
    "demande à «namew_m», il a la clé du hangar à bateaux",
    "Madame, ⟦cr|votre compte joint chez nous⟧ a bien été clôturé. Le solde a été viré sur «iban_fr», BIC «bic».",
]
T["fr"]["neg"] += [
    "Aviron : le huit remporte la régate en 6'02\" – bravo à tout l'équipage ! 🚣",
    "Offre mobile : 100 Go à 9,99 €/mois pour les nouveaux clients, en boutique dès lundi.",
    "Ne publiez jamais votre numéro client ici, écrivez-nous plutôt en message privé.",
]
T["it"]["pos"] += [
    "Ciao a tutti, passaggio di consegne prima delle ferie: la pratica della sig.ra «name_f» (perizia villetta) passa a «namex_m», in copia «named». Per dubbi chiedete a «namew_m».",
    "@Luca_Ge Buongiorno, ⟦cr|essendo lei socio della nostra banca⟧ può prenotare un appuntamento video con il suo consulente. Ci scriva in privato.",
    "Ciao Giulia, ⟦cr|la tua offerta mobile con noi⟧ scade a ottobre, il rinnovo lo trovi in app. ^FR",
    "Caparra rifugio (12 persone): carta «card», scad. 09/27, intestatario «name_m». Cancellate dopo la prenotazione!",
    "Contatti d'emergenza canottieri:\n| Nome | Cellulare |\n|---|---|\n| «name» | «phone_it» |\n| «namex» | «phone_hr» |",
    "Da tre settimane nessuna risposta dal vostro tecnico «name_m» per l'impianto fotovoltaico. Vergognoso 😡",
    "mail:\n  user: prenotazioni\n  password: «pw»",
    "Grazie di cuore a «name_f» e «namex_m» per aver montato gli stand alla festa parrocchiale 🙌",
    "Cordiali saluti\n\n«name_f»\nOttico optometrista – Ottica Centrale\n«phone_it»",
    "chiedi a «namew_m», ha lui le chiavi della rimessa barche",
    "Codice fiscale no, ma il cliente svizzero ha mandato il numero AVS in chat pubblica: «ahv». Rispondete in privato!",
]
T["it"]["neg"] += [
    "Canottaggio: l'otto vince la regata in 5'58\" – complimenti a tutto l'equipaggio! 🚣",
    "Offerta mobile: 100 GB a 7,99 €/mese per i nuovi clienti, in negozio da lunedì.",
    "Non pubblicate mai il vostro codice cliente qui, scriveteci in privato.",
]
T["nl"]["pos"] += [
    "Hoi allemaal, overdracht voor mijn vakantie: het dossier van mevr. «name_f» (taxatie appartement) gaat naar «namex_m», cc «named». Bij twijfel even bij «namew_m» navragen.",
    "@Bram_Zw Goedemiddag, ⟦cr|als lid van onze bank⟧ kunt u ook een video-afspraak met uw adviseur maken. Stuur ons gerust een DM.",
    "Hoi Fleur, ⟦cr|je sim-only abonnement bij ons⟧ loopt tot oktober, verlengen kan in de app. ^DV",
    "Aanbetaling berghut (12 pers.): creditcard «card», geldig t/m 09/27, kaarthouder «name_m». Na boeking graag uit de chat verwijderen!",
    "Noodlijst roeivereniging:\n| Naam | Mobiel |\n|---|---|\n| «name» | «phone_nl» |\n| «namex» | «phone_tr» |",
    "Al drie weken geen reactie van jullie monteur «name_m» over mijn zonnepanelen. Schandalig 😡 @solarfix",
    "smtp:\n  gebruiker: boekingen\n  wachtwoord: «pw»",
    "Dikke dank aan «name_f» en «namex_m» voor het opbouwen van de kraampjes op het parochiefeest 🙌",
    "Met vriendelijke groet,\n\n«name_f»\nOpticien – Brillenhuis Centrum\n«phone_nl»",
    "vraag even aan «namew_m», die heeft de sleutel van het botenhuis",
    "Kun je «namep_f» even terugbellen? Ze heeft haar IBAN per ongeluk in de groep gezet: «iban_nl»",
]
T["nl"]["neg"] += [
    "Roeien: de acht wint de regatta in 5.58 – gefeliciteerd aan de hele ploeg! 🚣",
    "Nieuw: 20 GB voor € 9,99 per maand, alleen voor nieuwe klanten.",
    "Zet nooit je klantnummer openbaar online, stuur ons liever een privébericht.",
]
T["cs"]["pos"] += [
    "Ahoj všem, předávka před dovolenou: spis paní «name_f» (ocenění bytu) přebírá «namex_m», v kopii «named». Kdyžtak se ptejte kolegy – «namew_m».",
    "@Petr_Ova Dobrý den, ⟦cr|jako dlouholetý klient naší záložny⟧ si můžete domluvit video schůzku s poradcem. Napište nám do zpráv.",
    "Ahoj Terezo, ⟦cr|tvůj mobilní tarif u nás⟧ končí v říjnu, prodloužit ho můžeš v aplikaci. ^MK",
    "Záloha na chatu (12 osob): karta «card», platnost 09/27, držitel «name_m». Po rezervaci prosím smazat!",
    "Nouzové kontakty veslařského klubu:\n| Jméno | Mobil |\n|---|---|\n| «name» | «phone_cz» |\n| «namex» | «phone_ua» |",
    "Už tři týdny žádná odpověď k mé fotovoltaice, váš technik «name_m» nebere telefon. Ostuda 😡",
    "smtp:\n  uzivatel: rezervace\n  heslo: «pw»",
    "Stánky na farní pouti postavili «name_f» a «namex_m» – velké díky 🙌",
    "S pozdravem\n\n«name_f»\noční optik – Optika Centrum\n«phone_cz»",
    "jo a «namel» má klíč od loděnice",
    "Nová posila ze Slovenska – rodné číslo «rc» a bydliště «addr_cz», prosím založit do mzdového systému.",
]
T["cs"]["neg"] += [
    "Veslování: osmiveslice vyhrála regatu za 5:58 – gratulace celé posádce! 🚣",
    "Novinka: 20 GB za 299 Kč měsíčně pro nové zákazníky.",
    "Nikdy nezveřejňujte své zákaznické číslo, napište nám raději soukromou zprávu.",
]
T["en"]["pos"] += [
    "Morning all, handover before my leave: Mrs «name_f»'s valuation (2-bed flat) goes to «namex_m», cc «named». If in doubt, ask «namew_m».",
    "@DanB_Leeds Hi Dan, ⟦cr|as a member of our building society⟧ you can book a video call with your adviser. DM us and we'll set it up.",
    "Hi Priya, ⟦cr|your SIM-only plan with us⟧ runs until October, you can renew in the app. ^TB",
    "Deposit for the bothy (12 people): card «card», exp 09/27, cardholder «name_m». Delete this once booked please!",
    "Rowing club emergency contacts:\n| Name | Mobile |\n|---|---|\n| «name» | «phone_gb» |\n| «namex» | «phone_pl» |",
    "Three weeks and still no reply from your engineer «name_m» about my solar install. Shocking 😡 @SolarFixUK",
    "mailer:\n  username: bookings\n  password: «pw»",
    "Huge thanks to «name_f» and «namex_m» for setting up the stalls at the parish fair 🙌",
    "Kind regards,\n\n«name_f»\nDispensing Optician – Central Opticians\n«phone_gb»",
    "ask «namew_m», he's got the boathouse key",
    "Kudos to «namexi» on Viva Engage for fixing the rota bot at 2am 🏆",
]
T["en"]["neg"] += [
    "Rowing: the eight won the regatta in 5:58 – well done to the whole crew! 🚣",
    "New customers: 20GB for £9.99 a month, in store from Monday.",
    "Please never post your account number publicly – send us a DM instead.",
]


# Third batch: applications and loans, where the e-mail address is the point.
T["de"]["pos"] += [
    "Bewerbung Hüttendienst Sommer: «name_f», «email», erreichbar ab 17 Uhr unter «phone_de». Hat schon zwei Saisons auf einer Alpenvereinshütte gemacht.",
    "Schlüssel für den Proberaum hat «namex_m» beantragt – Bestätigung bitte an «email», nicht an die Sammeladresse.",
]
T["fr"]["pos"] += [
    "Candidature gardien de refuge : «name_m», «email», dispo dès juin. Tél. «phone_fr».",
    "Pour emprunter la découpeuse vinyle du fablab, écrivez à «name_f» : «email»",
]
T["it"]["pos"] += [
    "Candidatura gestore rifugio: «name_m», «email», disponibile da giugno, cell. «phone_it».",
    "Per il prestito della stampante 3D scrivete a «name_f» → «email»",
]
T["nl"]["pos"] += [
    "Sollicitatie huttenwacht: «name_m», «email», beschikbaar vanaf juni, tel. «phone_nl».",
    "Voor het lenen van de 3D-printer: mail «name_f» via «email»",
]
T["cs"]["pos"] += [
    "Přihláška na chataře: «name_m», «email», k dispozici od června, tel. «phone_cz».",
    "Půjčování 3D tiskárny ve fablabu vyřizuje «name_f» – «email»",
]
T["en"]["pos"] += [
    "Application for hut warden: «name_m», «email», available from June, mob. «phone_gb».",
    "To borrow the makerspace 3D printer, email «name_f» at «email»",
]

# Fourth batch: JSON pasted from a log, polls and pinned messages.
T["de"]["pos"] += ['Fehler im Buchungs-Webhook der Kletterhalle, Payload:\n{"kunde": "«name»", "mail": "«email»", "ip": "«ip»", "tarif": "10er-Karte"}']
T["de"]["neg"] += [
    "📊 Umfrage: Pfarrfest lieber am Samstag oder am Sonntag? 👍 = Samstag, ❤️ = Sonntag",
    "📌 Angepinnt: Fundsachen bitte an der Theke abgeben – Fotos von Ausweisen nicht hier posten!",
]
T["fr"]["pos"] += ['Erreur du webhook de réservation, payload :\n{"client": "«name»", "courriel": "«email»", "ip": "«ip»", "formule": "carte 10 séances"}']
T["fr"]["neg"] += [
    "📊 Sondage : vide-grenier le samedi ou le dimanche ? 👍 samedi, ❤️ dimanche",
    "📌 Épinglé : les objets trouvés sont à l'accueil – ne postez pas de photos de papiers d'identité ici.",
]
T["it"]["pos"] += ['Errore nel webhook delle prenotazioni, payload:\n{"cliente": "«name»", "email": "«email»", "ip": "«ip»", "abbonamento": "10 ingressi"}']
T["it"]["neg"] += [
    "📊 Sondaggio: festa di fine corso sabato o domenica? 👍 sabato, ❤️ domenica",
    "📌 Fissato: gli oggetti smarriti sono alla reception – non pubblicate foto di documenti qui.",
]
T["nl"]["pos"] += ['Fout in de boekingswebhook, payload:\n{"klant": "«name»", "email": "«email»", "ip": "«ip»", "abonnement": "10-rittenkaart"}']
T["nl"]["neg"] += [
    "📊 Poll: rommelmarkt op zaterdag of zondag? 👍 zaterdag, ❤️ zondag",
    "📌 Vastgezet: gevonden voorwerpen liggen bij de balie – zet hier geen foto's van ID-kaarten neer.",
]
T["cs"]["pos"] += ['Chyba v rezervačním webhooku, payload:\n{"zakaznik": "«name»", "email": "«email»", "ip": "«ip»", "permanentka": "10 vstupů"}']
T["cs"]["neg"] += [
    "📊 Anketa: bleší trh v sobotu, nebo v neděli? 👍 sobota, ❤️ neděle",
    "📌 Připnuto: nalezené věci jsou na recepci – fotky dokladů sem prosím nedávejte.",
]
T["en"]["pos"] += ['Booking webhook failing, payload:\n{"customer": "«name»", "email": "«email»", "ip": "«ip»", "pass": "10-visit"}']
T["en"]["neg"] += [
    "📊 Poll: car boot sale on Saturday or Sunday? 👍 Saturday, ❤️ Sunday",
    "📌 Pinned: lost property is at reception – please don't post photos of ID cards here.",
]
