"""Templates of the fifth blind corpus (see blind5.py for how it was written
and its span conventions). Own phrasing; 41 positive and 24 hard-negative
posts per language.

Tokens: «slot» is a value made by blind5.Ctx5.value(slot), labelled with
rule_of(slot) when that is not None; ⟦alias|literal⟧ is a literal labelled
with ALIASES[alias].

Slots: nm (a local name), nx (a name from elsewhere), np (a surname with a
particle), nd (a hyphenated first name or a double surname), each with an
optional _f/_m gender and _rev for "Last, First"; fn a lone first name
(unlabelled); mail the named person's address, mail_role a role mailbox;
mail_work on a company domain; tel_<cc>, adr_<cc> and adr2_<cc> (two
lines); iban_<cc>, vat_<cc>; dob (an adult's), dob_kid (a small child's);
iurl_doc, iurl_git, iurl_ops (an internal link to a document or rota, a merge
request, an operations tool); identifiers by rule (card, bic, ahv, uid, detax, desv, atsv, bsn, rc, ico,
vat_czico, mrz, ip, ip6, aws, aws_secret, gh, slack, gkey, pem, jwt, pw,
secret); negatives' values (day, order, inv, trk, ver, sha, sha7, uuid, price)
and invalid twins (*_bad), never labelled.
"""

from __future__ import annotations

ALIASES = {"cr": "customer_relationship", "cm": "classification_marker"}

FIXED = {
    "dob": "date_of_birth", "dob_kid": "date_of_birth", "card": "payment_card", "bic": "bic", "ahv": "ch_ahv", "uid": "ch_uid",
    "detax": "de_tax_id", "desv": "de_svnr", "atsv": "at_svnr", "bsn": "nl_bsn", "rc": "cz_birth_number",
    "ico": "cz_ico", "mrz": "passport_mrz", "ip": "ip_address", "ip6": "ip_address",
    "aws": "secret_aws_key", "aws_secret": "secret_generic_high_entropy", "gh": "secret_github_token",
    "slack": "secret_slack_token", "gkey": "secret_google_api_key", "pem": "secret_private_key",
    "jwt": "secret_jwt", "pw": "secret_password_assignment", "secret": "secret_generic_high_entropy",
}


def rule_of(slot: str) -> str | None:
    if slot.endswith("_bad"):
        return None
    if slot in FIXED:
        return FIXED[slot]
    head = slot.split("_")[0]
    if head in ("nm", "nx", "np", "nd"):
        return "person_name"
    if head == "iurl":
        return "internal_url"
    return {"mail": "email", "tel": "phone", "adr": "postal_address", "adr2": "postal_address",
            "iban": "iban", "vat": "eu_vat"}.get(head)


T: dict[str, dict[str, list[str]]] = {}

# ---------------------------------------------------------------- Deutsch
T["de"] = {
    "pos": [
        # Stationschat, Dienstplan
        "Dienstplan 4B, KW 14 – Änderungen:\nFrühdienst Mo/Di: «nm_f» statt «nx_m»\nNachtdienst Do: «nm»\n"
        "Krankmeldungen bitte direkt an die Stationsleitung, Tel. «tel_de»",
        # Elterngruppe WhatsApp
        "Hallo zusammen 👋 für den Ausflug am Freitag fehlen noch die Zettel von Leni und Jonas. "
        "Abgeben bitte bei «nm_f» (Elternbeirat), «tel_at» – danke!!",
        # Lead-Übergabe
        "Übergabe Lead: «nx_m», Einkaufsleiter bei einem Maschinenbauer in Ulm, will bis Ende Q2 ein Angebot. "
        "Erreichbar unter «tel_de» oder «mail_work». Bitte nicht vor 9 anrufen, er hasst das 😅",
        # Hausverwaltung
        "Guten Tag, hier «nm_m» von der Hausverwaltung. Die Nebenkostenabrechnung für die Wohnung «adr_de» "
        "kommt diese Woche. Nachzahlung bitte auf «iban_de».",
        # Recruiter-DM
        "Hallo «nm_f», ich bin «nx_f» von einer Personalberatung 🙂 Darf ich Sie kurz wegen einer Stelle als "
        "Teamleitung Controlling anrufen? Meine Nummer: «tel_ch», oder kurz per Mail an «mail_work»",
        # Bugreport mit Log
        "Login bricht ab, Log aus Prod:\n```\n09:12:44 WARN auth: failed login user=«mail» ip=«ip»\n"
        "09:12:45 ERROR session: token refresh failed\n```\nweiß jemand was?",
        # Check-in-Liste
        "Check-in Sommerfest (Stand 17:40):\n✅ «nm_rev»\n✅ «nx_rev»\n❌ «nm_rev»\n✅ «np»\n"
        "Bitte noch Namensschilder für die Nachzügler.",
        # Fundsache
        "Fundsache: schwarze Geldbörse im Raum „Matterhorn“, Ausweis drin auf «nm_m», geb. «dob». "
        "Liegt jetzt am Empfang.",
        # Viva Engage HR
        "Willkommen im Team! 🎉 Ab 1. April verstärkt «nx_f» unser Payroll-Team. Sie kommt von einer "
        "Steuerberatung in Graz – sagt gern Hallo!",
        # HR im falschen Fenster
        "@«fn» kannst du für «nm_m» noch die Lohnabrechnung März korrigieren? Steuer-ID «detax», "
        "RV-Nummer «desv». Danke dir!",
        # Bank
        "Hallo «nm_f», danke für Ihre Nachricht. Wir haben ⟦cr|Ihr Sparkonto bei uns⟧ geprüft – die Gutschrift "
        "ist heute eingegangen. Weitere Fragen gern per Direktnachricht. ^MK",
        # Versicherung Facebook
        "Liebe Frau «nm_f», es tut uns leid, dass der Schaden noch offen ist. ⟦cr|Ihre Hausratversicherung⟧ "
        "deckt Leitungswasser ab, der Gutachter meldet sich bis Donnerstag.",
        # Telco auf X
        "@kathi_94 Wir sehen, dass ⟦cr|Ihr Mobilfunkvertrag bei uns⟧ noch bis Ende Juni läuft. Eine Kündigung "
        "ist jederzeit schriftlich möglich. /JB",
        # Stadtwerke
        "Hallo Herr «nm_m», ⟦cr|Ihr Stromvertrag bei uns⟧ wurde zum 1. März auf den Ökotarif umgestellt. "
        "Schönen Tag noch!",
        # Bank CH
        "Grüezi «nm», herzlichen Dank für ⟦cr|Ihre langjährige Treue⟧! Zu ⟦cr|Ihrer Hypothek⟧ meldet sich "
        "morgen jemand telefonisch.",
        # Vertrauliches
        "⟦cm|VERTRAULICH⟧ – Entwurf Sozialplan Standort Kassel\nBitte nicht weiterleiten. Rückmeldungen an "
        "«nm» bis Mittwoch.",
        "Fwd: [⟦cm|INTERN⟧] Preisliste 2027 Großkunden – nur Vertrieb DACH",
        "⟦cm|NUR FÜR DEN DIENSTGEBRAUCH⟧ – Lagebild Hochwasser, Verteiler Krisenstab",
        # interne Links
        "Die Schichtplanung liegt jetzt hier: «iurl_doc» – Zugang mit dem normalen Windows-Login.",
        "MR ist offen: «iurl_git» @«fn» schaust du bitte drüber?",
        # Passwörter
        "WLAN im Schulungsraum: Netz „Gast-Training“, Passwort «pw» (gilt bis Freitag)",
        "hier die config, sorry für den Umweg:\nDB_HOST=db01\nDB_USER=reporting\nDB_PASSWORD=«pw»\n"
        "S3_ACCESS_KEY=«aws»\nS3_SECRET_KEY=«aws_secret»",
        # Tokens
        "Den Token hab ich aus dem CI-Log: «gh» – kann den jemand revoken?? Der war in einem öffentlichen Build 😬",
        "Bot läuft wieder, Token war abgelaufen. Neuer: «slack» — bitte in den Vault, nicht hier lassen lol",
        "Der Deploy-Key für den Build-Server, falls Jenkins wieder zickt:\n«pem»",
        # Zahlungsdaten
        "Mitgliedsbeitrag 2026 bitte bis 31.1. auf «iban_at» (BIC «bic»), Verwendungszweck: Name + „Beitrag“. "
        "Kassierin: «nm_f»",
        "Kundin am Telefon, will Abbuchung reklamieren: Karte «card», Inhaberin «nm_f», Rückruf unter «tel_de»",
        "Für die Pensionskasse brauche ich noch die AHV-Nr. von «nm_m»: «ahv». Sonst ist alles da.",
        "Neue Mitarbeiterin «nx_f», SV-Nummer «atsv», Eintritt 1. Mai, Arbeitsort Linz.",
        "Rechnungsadresse für die Messe:\nBrunnmatt AG\n«adr2_ch»\nUID «uid»",
        "Bitte auf der Gutschrift unsere USt-IdNr. «vat_de» angeben, sonst lehnt die Buchhaltung ab.",
        "Für den Visumsantrag die MRZ aus dem Pass von «nx_m»:\n«mrz»\nHotelbuchung folgt.",
        # Geburtsdaten, Adressen
        "Anmeldung Kita: «nm_f», geboren am «dob_kid», Allergie: Nüsse. Eltern: «nm» (Tel. «tel_ch»)",
        "Patient «nm_m», geb. «dob», Zimmer 12 – Entlassung morgen früh, bitte Taxi bestellen.",
        "Der Installateur kommt Di zwischen 8 und 12. Adresse: «adr_at». Ansprechpartner vor Ort: «nx_m», «tel_at»",
        # Namen in Übergaben, Dank, cc
        "@channel heads up: «nd» übernimmt ab Montag die Kunden von «nm_m», der in Elternzeit geht. "
        "Übergaben bitte bis Freitag, thx!",
        "Ein riesiges Dankeschön an «nm_f» und «nx_m» für die Orga vom Firmenlauf 🏃‍♀️🏃 #teamspirit",
        "cc «nm_rev», «np» – bitte Freigabe bis morgen 12 Uhr",
        "Mit freundlichen Grüßen\n«nm»\nKundenservice Energie\n«tel_de» | «mail_work»",
        "Seit heute Nacht Brute-Force von «ip» auf den Mailserver, ist geblockt. Ticket liegt bei «nx_f».",
        "Save the date: Sommerfest am Freitag im Innenhof 🍻 Anmeldung bis 20.6. bei «nd» («mail_work»)",
    ],
    "neg": [
        "Ihre Bestellung «order» wurde versendet, Sendungsnummer «trk». Voraussichtliche Zustellung: «day».",
        "Die IBAN im Formular ist leider ungültig: «iban_bad» – können Sie die nochmal prüfen?",
        "Testkarte «card_bad» wird vom Zahlungsanbieter abgelehnt (Luhn falsch), wir brauchen eine andere für die Sandbox.",
        "Die AHV-Nummer «ahv_bad» lässt sich nicht speichern, das System meldet „Prüfziffer ungültig“.",
        "Steuer-ID «detax_bad» wird von ELSTER nicht akzeptiert – Tippfehler?",
        "UID «uid_bad» ist im Handelsregister nicht zu finden, vermutlich ein Zahlendreher.",
        "SV-Nr. «atsv_bad» kam von der ÖGK zurück, die Prüfziffer passt nicht.",
        "Release «ver» ist draußen 🚀 Dark Mode, schnellere Suche, Fix für den Export (Commit «sha7»).",
        "Request-ID «uuid» – passiert nur bei großen Uploads, Logs hängen am Ticket.",
        "Sommerschlussverkauf: alle Laufschuhe −30 %, jetzt ab CHF «price». Nur solange Vorrat reicht!",
        "Was für ein Spiel! 3:2 nach Verlängerung, zum ersten Mal seit 1998 wieder im Pokalfinale ⚽",
        "Teammeeting verschoben auf «day», 14:00, Raum 3.12.",
        "Alles Gute zum Geburtstag, Jana! 🎂🎈 Kuchen steht in der Küche.",
        "Bei Hugo Boss und Tommy Hilfiger ist diese Woche Sale im Outlet 👀",
        "Treffpunkt für die Exkursion: vor dem Albert-Einstein-Gymnasium, Abfahrt 7:45 mit dem Bus.",
        "Passwort vergessen? Einfach auf „Passwort zurücksetzen“ tippen – wir fragen Sie nie per Nachricht nach "
        "Ihrem Passwort.",
        "In der compose-Datei steht nur DB_PASSWORD=${DB_PASSWORD}, das echte liegt im Vault. Bitte so lassen.",
        "Jetzt Kunde werden und 100 € Startguthaben sichern! Konto in 10 Minuten online eröffnen.",
        "Danke an alle unsere Kundinnen und Kunden für 25 Jahre Vertrauen! 🎉",
        "Bitte schicken Sie uns Ihr Anliegen per Direktnachricht, dann kümmern wir uns darum.",
        "Wir haben das intern besprochen und melden uns bis Ende der Woche bei euch.",
        "Danke Mehmet und Sophie für die schnelle Hilfe beim Serverumzug! 💪",
        "Rechnung «inv» über EUR «price» ist seit 14 Tagen überfällig, bitte Zahlungseingang prüfen.",
        "Die Pizza von Dr. Oetker hat im Test überraschend gut abgeschnitten 🍕 Wer macht die nächste Verkostung?",
    ],
}

# ---------------------------------------------------------------- français
T["fr"] = {
    "pos": [
        "Planning des gardes – urgences, semaine 22 :\nlundi nuit : Dr «nm_f»\nmardi nuit : Dr «nx_m»\n"
        "mercredi : à pourvoir !!\nLes échanges sont à signaler à «nm» avant jeudi.",
        "Coucou les parents 😊 pour la sortie au zoo il manque encore les autorisations de Chloé et Malik. "
        "Vous pouvez les déposer chez moi ou m'écrire : «nm_f», «tel_fr»",
        "Je te passe le contact : «nx_f», directrice achats chez un transporteur lyonnais, très intéressée par "
        "la démo. Tél. : «tel_fr», mail : «mail_work».",
        "Bonjour, c'est «nm_m», le propriétaire. L'état des lieux de sortie pour l'appartement du «adr_fr» est "
        "fixé à samedi 10h. Merci de laisser les clés dans la boîte.",
        "Bonjour «nm_m», je suis «nx_f», chargée de recrutement. Votre profil m'intéresse pour un poste de data "
        "analyst à Genève, on peut s'appeler ? «tel_ch» ou «mail_work»",
        "Erreur 500 en prod depuis ce matin, extrait du log :\n[09:41:07] POST /api/orders user=«mail» from «ip»\n"
        "[09:41:07] NullPointerException at OrderService.java:212\nQuelqu'un peut regarder ?",
        "Liste d'émargement – formation sécurité (salle B)\n1. «nm_rev»\n2. «nx_rev»\n3. «nm_rev»\n4. «np»\n"
        "Absents excusés : 2",
        "Objet trouvé : un badge et une carte d'identité au nom de «nm_f», née le «dob». À récupérer à "
        "l'accueil du 3e.",
        "Bienvenue à «nx_m» qui rejoint l'équipe compta ce lundi ! 🎉 Passez lui dire bonjour au 2e étage.",
        "Pour le décompte de salaire de «nm_f» il me manque encore son n° AVS : «ahv». Tu peux me l'envoyer ?",
        "Bonjour «nm_m», nous avons vérifié ⟦cr|votre compte chez nous⟧ : le virement a été crédité ce matin. "
        "Pour toute autre question, écrivez-nous en message privé.",
        "Chère Madame «nm_f», ⟦cr|votre contrat d'assurance habitation⟧ couvre bien les dégâts des eaux. Un "
        "expert vous contactera d'ici vendredi.",
        "@lucie_rnd Merci pour ⟦cr|votre fidélité⟧ depuis 2011 ! Nous regardons pourquoi la fibre est coupée "
        "dans votre rue.",
        "Bonjour, ⟦cr|votre contrat d'électricité chez nous⟧ est bien passé sur l'offre verte au 1er mars. "
        "Bonne journée !",
        "Bonjour «nm», en tant que ⟦cr|cliente de longue date⟧ vous bénéficiez d'un taux préférentiel sur "
        "⟦cr|votre hypothèque⟧. Quelqu'un vous rappelle demain.",
        "⟦cm|CONFIDENTIEL⟧ – Projet de restructuration du site de Mons\nNe pas diffuser. Remarques à «nm» "
        "d'ici mercredi.",
        "[⟦cm|Diffusion restreinte⟧] Grille tarifaire grands comptes 2027 – équipe commerciale uniquement",
        "⟦cm|Usage interne uniquement⟧\nCompte rendu du comité de direction du 12 mars",
        "Le planning des astreintes est ici : «iurl_doc» (connexion avec le compte Windows).",
        "La MR est prête : «iurl_git» – @«fn» tu peux relire ?",
        "Le lien «iurl_ops» renvoie une 404 depuis la migration, quelqu'un sait pourquoi ?",
        "Wifi de la salle de formation : réseau “Invites-Form”, mot de passe : «pw»",
        "voilà le .env de recette :\nAPP_ENV=staging\nDB_PASSWORD=«pw»\nJWT_SIGNING_KEY=«secret»",
        "Identifiant : compta-scan\nMot de passe : «pw»\n(c'est pour le scanner du 1er)",
        "J'ai collé par erreur mon token dans le ticket : «gh» – je le révoque tout de suite.",
        "Les clés du bucket de sauvegarde : access key «aws», secret «aws_secret» – à mettre dans le coffre, "
        "pas dans Slack 🙈",
        "Cotisation du club de volley 2026 : 120 € à verser sur «iban_fr» avant le 31 janvier. Trésorière : "
        "«nm_f»",
        "Pour le remboursement de la caution, voici mon compte : «iban_be» (titulaire «nx_m»).",
        "Client au téléphone, conteste un débit : carte «card», exp. 08/28, rappeler au «tel_be»",
        "Adresse de facturation :\nLumina SA\n«adr2_chfr»\nIDE «uid»",
        "Merci d'indiquer notre numéro de TVA intracommunautaire «vat_fr» sur la facture.",
        "Pour l'enregistrement à l'hôtel, voici la bande MRZ du passeport de «nx_f» :\n«mrz»",
        "Inscription crèche : «nm_m», né le «dob_kid», allergique aux arachides. Parents : «nm_f», «tel_ch»",
        "Patiente «nx_f», née le «dob», chambre 214 – sortie prévue demain, merci de prévenir l'ambulance.",
        "Tu peux m'envoyer le colis directement chez moi : «nm_f», «adr2_befr»",
        "Le plombier passe jeudi entre 8h et 12h. Adresse : «adr_lu». Sur place : «nx_m», «tel_lu».",
        "Hi team, petit update : «nd» reprend les dossiers de «nm_m» pendant son congé paternité. Merci de lui "
        "faire les passations avant vendredi 🙏",
        "Un grand merci à «nm_f» et «nx_m» pour l'organisation du tournoi de foot solidaire ⚽ #fierté",
        "cc «np», «nm» – validation attendue avant demain midi svp",
        "Cordialement,\n«nm»\nService clientèle\n«tel_fr» – «mail_work»",
        "Tentatives de connexion SSH répétées depuis «ip6» cette nuit, adresse bloquée. Ticket attribué à «nx_m».",
    ],
    "neg": [
        "Votre commande n° «order» a été expédiée. Numéro de suivi : «trk». Livraison prévue le «day».",
        "L'IBAN saisi n'est pas valide : «iban_bad». Pouvez-vous le vérifier ?",
        "Le numéro AVS «ahv_bad» est refusé par le logiciel (chiffre de contrôle incorrect).",
        "Le n° IDE «uid_bad» n'existe pas au registre, sans doute une faute de frappe.",
        "Carte de test «card_bad» refusée en sandbox, il nous en faut une autre.",
        "Numéro de TVA «vat_bad» invalide selon VIES – on bloque la facture.",
        "Version «ver» disponible 🚀 Au menu : mode sombre, export PDF plus rapide (commit «sha7»).",
        "Identifiant de requête : «uuid» — le bug n'arrive qu'avec les gros fichiers.",
        "Soldes d'été : -40 % sur toute la collection, à partir de «price» € !",
        "Quel match ! 2-1 à la 93e, première finale depuis 2004 ⚽🔥",
        "Réunion d'équipe décalée au «day» à 14h, salle Jura.",
        "Joyeux anniversaire Inès ! 🎂 Le gâteau est à la cafét'.",
        "Promo chez Yves Rocher et Jean Louis David cette semaine au centre commercial.",
        "Rendez-vous à 7h45 devant le lycée Victor-Hugo, départ en car.",
        "Mot de passe oublié ? Cliquez sur « Réinitialiser le mot de passe ». Nous ne vous demanderons jamais "
        "votre mot de passe par message.",
        "Dans les logs on voit juste mot de passe : ******** (masqué, tout va bien).",
        "Ouvrez votre compte en ligne en 10 minutes et recevez 80 € de bienvenue !",
        "Merci à toutes nos clientes et à tous nos clients pour ces 30 ans de confiance ❤️",
        "Envoyez-nous votre demande en message privé, nous nous en occupons rapidement.",
        "On en discute en interne et on revient vers vous d'ici la fin de semaine.",
        "Merci Yanis et Camille pour le coup de main pendant le déménagement des serveurs ! 💪",
        "Facture «inv» de «price» € en retard de 15 jours, merci de relancer.",
        "L'agence de la place Saint-Lambert est fermée pour travaux jusqu'au 30 juin.",
        "La doc est publique : https://developer.mozilla.org/fr/docs/Web/HTTP/Status/429 – à lire avant de paniquer 😅",
    ],
}

# ---------------------------------------------------------------- italiano
T["it"] = {
    "pos": [
        "Turni Cardiologia, settimana 18:\nlunedì notte: «nm_f»\nmartedì notte: «nx_m»\ngiovedì: scoperto ⚠️\n"
        "I cambi turno vanno comunicati a «nm» entro venerdì.",
        "Ciao a tutti 😊 per la gita mancano ancora le autorizzazioni di Giulia e Samuele. Potete lasciarle a "
        "me: «nm_f», «tel_it»",
        "Ti passo il contatto: «nx_m», responsabile acquisti di un'azienda di logistica a Verona. Vuole "
        "un'offerta entro fine mese. Tel. «tel_it», email «mail_work».",
        "Buongiorno, sono «nm_m», il proprietario. La lettura dei contatori per l'appartamento in «adr_it» è "
        "fissata per sabato alle 10.",
        "Buongiorno «nm_f», sono «nx_f» di una società di selezione. Il suo profilo è interessante per una "
        "posizione da controller a Lugano. Possiamo sentirci? «tel_ch»",
        "Login KO in produzione, dal log:\n10:03:22 WARN auth failed for «mail» from «ip»\n"
        "10:03:23 ERROR SessionStore timeout\nqualcuno ha idea?",
        "Registro presenze corso antincendio:\n- «nm_rev»\n- «nx_rev»\n- «np»\n- «nm_rev» (uscita anticipata)",
        "Trovato un portafoglio in mensa, dentro c'è la carta d'identità di «nm_m», nato il «dob». È in portineria.",
        "Diamo il benvenuto a «nx_f», che da lunedì entra nel team Acquisti! 🎉 La trovate anche su «mail_work»",
        "Mi serve ancora il numero AVS di «nm_m» per la cassa pensione: «ahv». Poi è tutto completo.",
        "Gentile «nm_f», abbiamo verificato ⟦cr|il suo conto presso di noi⟧: il bonifico è stato accreditato "
        "stamattina. Per altre domande ci scriva in privato.",
        "Gentile Sig.ra «nm_f», ⟦cr|la sua polizza casa⟧ copre anche i danni da acqua. Il perito la contatterà "
        "entro venerdì.",
        "@marco_b82 Grazie per ⟦cr|la sua fedeltà⟧ dal 2010! Stiamo verificando il guasto sulla fibra nella sua zona.",
        "Buongiorno, ⟦cr|il suo contratto luce con noi⟧ è passato all'offerta verde dal 1° marzo.",
        "Buongiorno «nm», in quanto ⟦cr|cliente di lunga data⟧ ha diritto a un tasso agevolato sul "
        "⟦cr|suo mutuo⟧. La richiamiamo domani.",
        "⟦cm|RISERVATO⟧ – Bozza piano esuberi sede di Padova\nNon inoltrare. Commenti a «nm» entro mercoledì.",
        "[⟦cm|USO INTERNO⟧] Listino grandi clienti 2027 – solo area vendite",
        "⟦cm|Strettamente confidenziale⟧\nVerbale del CdA del 12 marzo",
        "Il calendario delle reperibilità è qui: «iurl_doc» (accesso con le credenziali di dominio).",
        "MR pronta: «iurl_git» @«fn» ci dai un'occhiata?",
        "Il link «iurl_ops» dà 502 da stamattina, chi se ne occupa?",
        "Wi-Fi sala corsi: rete \"Ospiti-Corsi\", password «pw» (valida fino a venerdì)",
        "ecco il file di config del collaudo:\nDB_USER=report\nDB_PASSWORD=«pw»\nGOOGLE_MAPS_KEY=«gkey»",
        "Utente: segreteria2\nPassword: «pw»\n(per il PC della reception)",
        "Ho incollato per sbaglio il mio token nel ticket: «gh» – lo revoco subito 🙈",
        "Il bot è di nuovo online, il token era scaduto. Nuovo token: «slack» — mettetelo nel vault, non lasciatelo qui.",
        "Quota associativa 2026: 50 € da versare su «iban_it» entro il 31 gennaio. Tesoriera: «nm_f»",
        "Per il rimborso della cauzione ecco i miei dati: «iban_ch», BIC «bic», intestato a «nx_m».",
        "Cliente al telefono, contesta un addebito: carta «card», scad. 11/27, richiamare al «tel_it»",
        "Vi preghiamo di riportare la nostra partita IVA «vat_it» in fattura, altrimenti l'amministrazione la respinge.",
        "Indirizzo di fatturazione:\nBrunnmatt SA\n«adr2_chit»\nIDI «uid»",
        "Per il check-in in hotel, ecco la MRZ del passaporto di «nx_m»:\n«mrz»",
        "Iscrizione al nido: «nm_f», nata il «dob_kid», intollerante al lattosio. Genitori: «nm_m», «tel_it»",
        "Paziente «nx_m», data di nascita «dob», stanza 8 – dimissione domani mattina, chiamare il trasporto.",
        "Mandami pure il pacco a casa: «nm_f», «adr2_it»",
        "L'idraulico passa giovedì tra le 8 e le 12. Indirizzo: «adr_it». Referente sul posto: «nx_f», «tel_it».",
        "Hi all, piccolo update: «nd» segue i clienti di «nm_m» durante il congedo di paternità. Passaggi di "
        "consegne entro venerdì please 🙏",
        "Un grazie enorme a «nm_f» e «nx_m» per aver organizzato la corsa aziendale 🏃 #teamwork",
        "cc «np», «nm» – approvazione entro domani alle 12 per favore",
        "Cordiali saluti\n«nm»\nServizio Clienti\n«tel_it» · «mail_work»",
        "Tentativi di accesso brute force da «ip» stanotte, IP bloccato. Ticket assegnato a «nx_f».",
    ],
    "neg": [
        "Il suo ordine n. «order» è stato spedito. Codice di tracciamento: «trk». Consegna prevista: «day».",
        "L'IBAN inserito non è valido: «iban_bad». Può ricontrollarlo?",
        "Carta di prova «card_bad» rifiutata in sandbox, ne serve un'altra.",
        "Partita IVA «vat_bad» non valida secondo VIES, blocchiamo la fattura.",
        "Il numero AVS «ahv_bad» viene rifiutato dal gestionale (cifra di controllo errata).",
        "Il numero IDI «uid_bad» non risulta nel registro, forse un errore di battitura.",
        "Rilasciata la versione «ver» 🚀 Novità: tema scuro, ricerca più veloce (commit «sha7»).",
        "ID richiesta: «uuid» – l'errore compare solo con file sopra i 2 GB.",
        "Saldi estivi: -30 % su tutta la collezione, da «price» €!",
        "Che partita! 2-1 al 90°, la prima finale dal 2006 ⚽",
        "Riunione di team spostata al «day» alle 14, sala Dolomiti.",
        "Tanti auguri di buon compleanno, Chiara! 🎂 La torta è in sala caffè.",
        "Questa settimana sconti da Giorgio Armani e Salvatore Ferragamo all'outlet.",
        "Ritrovo alle 7:30 davanti al liceo Leonardo da Vinci, partenza in pullman.",
        "Password dimenticata? Clicca su \"Reimposta password\". Non ti chiederemo mai la password via messaggio.",
        "Nel docker-compose lasciate DB_PASSWORD=${DB_PASSWORD}, il valore vero sta nel vault.",
        "Apri il conto online in 10 minuti e ricevi 50 € di benvenuto!",
        "Grazie a tutti i nostri clienti per questi 40 anni di fiducia! 🇮🇹",
        "Ci scriva in privato, così verifichiamo subito la richiesta.",
        "Ne parliamo internamente e vi aggiorniamo entro fine settimana.",
        "Grazie Matteo e Aurora per l'aiuto con il trasloco dei server! 💪",
        "Fattura «inv» da «price» € scaduta da 20 giorni, sollecitare per favore.",
        "La filiale di Piazza Garibaldi resta chiusa per lavori fino al 30 giugno.",
        "Lo stagista ha aggiornato Chrome alla versione 124.0.6367.91 su tutti i PC.",
    ],
}

# ---------------------------------------------------------------- Nederlands
T["nl"] = {
    "pos": [
        "Rooster SEH, week 22:\nma nacht: «nm_f»\ndi nacht: «nx_m»\ndo: nog open!\nRuilen graag vóór vrijdag "
        "doorgeven aan «nm».",
        "Hoi allemaal 👋 voor het schoolreisje missen we nog de toestemmingsformulieren van Daan en Noor. "
        "Inleveren kan bij mij: «nm_f», «tel_nl»",
        "Lead overdracht: «nx_f», inkoper bij een logistiek bedrijf in Tilburg, wil vóór Q3 een offerte. "
        "Bereikbaar op «tel_nl» of «mail_work».",
        "Goedemiddag, u spreekt met «nm_m», de verhuurder. De eindinspectie van de woning aan de «adr_nl» staat "
        "op zaterdag 10 uur.",
        "Hoi «nm_m», ik ben «nx_f», recruiter. Je profiel past mooi bij een rol als data engineer in Antwerpen. "
        "Zullen we even bellen? «tel_be»",
        "Checkout faalt sinds de deploy, uit de logs:\n11:02:17 WARN payment declined for «mail» (client «ip»)\n"
        "11:02:18 ERROR retry budget exceeded\nkan iemand meekijken?",
        "Aanwezigheidslijst BHV-training:\n✔ «nm_rev»\n✔ «nx_rev»\n✔ «np»\n✘ «nm_rev»",
        "Gevonden in de kantine: een rijbewijs op naam van «nm_f», geboren op «dob». Ligt bij de receptie.",
        "Welkom aan «nx_m», die vandaag begint bij het team Financiën! 🎉 Zeg gerust even hoi op de 3e verdieping.",
        "Voor de salarisadministratie heb ik nog het BSN van «nm_f» nodig: «bsn». Verder is alles rond.",
        "Beste «nm_m», we hebben ⟦cr|uw rekening bij ons⟧ nagekeken: de overboeking is vanochtend bijgeschreven. "
        "Voor verdere vragen kunt u ons een DM sturen.",
        "Beste mevrouw «nm_f», ⟦cr|uw inboedelverzekering⟧ dekt waterschade. De expert neemt vóór vrijdag "
        "contact met u op.",
        "@sannevdb Bedankt voor ⟦cr|je trouw⟧ sinds 2012! We zoeken uit waarom de glasvezel in je straat eruit ligt.",
        "Hallo, ⟦cr|uw energiecontract bij ons⟧ is per 1 maart omgezet naar groene stroom.",
        "Dag «nm», als ⟦cr|trouwe klant⟧ krijgt u een lagere rente op ⟦cr|uw hypotheek⟧. We bellen u morgen.",
        "⟦cm|VERTROUWELIJK⟧ – Concept reorganisatieplan vestiging Zwolle\nNiet doorsturen. Opmerkingen naar "
        "«nm» vóór woensdag.",
        "[⟦cm|Alleen voor intern gebruik⟧] Prijslijst grootzakelijk 2027 – alleen team Sales",
        "⟦cm|Strikt vertrouwelijk⟧\nNotulen directieoverleg 12 maart",
        "Het bereikbaarheidsrooster staat hier: «iurl_doc» (inloggen met je gewone account).",
        "MR staat klaar: «iurl_git» – @«fn» kun jij reviewen?",
        "«iurl_ops» geeft een 404 sinds de migratie, weet iemand waarom?",
        "Wifi in de trainingsruimte: netwerk 'Gast-Training', wachtwoord: «pw»",
        "hier de config van acceptatie:\nDB_USER=rapportage\nDB_PASSWORD=«pw»\nAWS_ACCESS_KEY_ID=«aws»\n"
        "AWS_SECRET_ACCESS_KEY=«aws_secret»",
        "Gebruiker: receptie2\nWachtwoord: «pw»\n(voor de pc bij de balie)",
        "Per ongeluk mijn token in het ticket geplakt: «gh» – ik trek hem meteen in.",
        "De API geeft 401, dit is de header die ik meestuur:\nAuthorization: Bearer «jwt»",
        "Contributie 2026: € 95 overmaken naar «iban_nl» t.n.v. Hockeyclub De Uilen, vóór 31 januari. "
        "Penningmeester: «nm_f»",
        "Voor de terugbetaling van de waarborg, mijn rekening: «iban_be» (op naam van «nx_m»).",
        "Klant aan de lijn betwist een afschrijving: kaart «card», geldig tot 06/28, terugbellen op «tel_nl»",
        "Graag ons btw-nummer «vat_nl» op de factuur vermelden, anders keurt de boekhouding hem af.",
        "Voor het inchecken in het hotel, de MRZ uit het paspoort van «nx_f»:\n«mrz»",
        "Aanmelding kinderopvang: «nm_m», geboren «dob_kid», allergisch voor pinda's. Ouders: «nm_f», «tel_nl»",
        "Patiënt «nx_f», geb. «dob», kamer 12 – ontslag morgenochtend, graag vervoer regelen.",
        "Stuur het pakket maar naar mijn huisadres: «nm_f», «adr2_nl»",
        "De loodgieter komt donderdag tussen 8 en 12. Adres: «adr_benl». Contactpersoon ter plaatse: «nx_m», «tel_be».",
        "Hi team, korte update: «nd» neemt de accounts van «nm_m» over tijdens zijn ouderschapsverlof. "
        "Overdracht graag vóór vrijdag, thanks!",
        "Dikke merci aan «nm_f» en «nx_m» voor de organisatie van de bedrijfsloop 🏃 #trots",
        "cc «np», «nm» – graag akkoord vóór morgen 12 uur",
        "Met vriendelijke groet,\n«nm»\nKlantenservice\n«tel_nl» | «mail_work»",
        "Vannacht brute-force pogingen vanaf «ip» op de VPN-gateway, IP geblokkeerd. Ticket ligt bij «nx_f».",
        "Voor de betaling uit het buitenland: IBAN «iban_lu», BIC «bic». Vragen? Mail «mail_role».",
    ],
    "neg": [
        "Je bestelling «order» is verzonden. Track & trace: «trk». Verwachte bezorging: «day».",
        "Het ingevulde IBAN klopt niet: «iban_bad». Kun je het nog eens controleren?",
        "Het BSN «bsn_bad» wordt afgewezen door het systeem (elfproef klopt niet).",
        "Testkaart «card_bad» wordt geweigerd in de sandbox, we hebben een andere nodig.",
        "Btw-nummer «vat_bad» is volgens VIES ongeldig, factuur staat on hold.",
        "Versie «ver» staat live 🚀 Nieuw: donkere modus, snellere zoekfunctie (commit «sha7»).",
        "Request-ID «uuid» – gebeurt alleen bij uploads boven de 2 GB.",
        "Zomersale: 30% korting op alle hardloopschoenen, al vanaf € «price»!",
        "Wat een wedstrijd! 3-2 na verlenging, eerste finale sinds 1997 ⚽",
        "Teamoverleg verplaatst naar «day», 14:00, zaal Dommel.",
        "Gefeliciteerd met je verjaardag, Sem! 🎂 Taart staat in de keuken.",
        "Deze week actie bij Albert Heijn en Jan Linders op koffie ☕",
        "Verzamelen om 18:30 bij de Johan Cruijff ArenA, daarna samen naar binnen.",
        "Wachtwoord vergeten? Klik op 'Wachtwoord opnieuw instellen'. We vragen nooit via een bericht naar je wachtwoord.",
        "In de compose file staat alleen DB_PASSWORD=${DB_PASSWORD}, het echte wachtwoord zit in de vault.",
        "Open vandaag nog online je rekening en ontvang € 25 welkomstbonus!",
        "Bedankt aan al onze klanten voor 50 jaar vertrouwen! 🎉",
        "Stuur ons even een DM, dan zoeken we het voor je uit.",
        "We bespreken het intern en laten het je eind deze week weten.",
        "Dank je Bram en Fleur voor de hulp bij de serververhuizing! 💪",
        "Factuur «inv» van € «price» staat al 14 dagen open, graag een herinnering sturen.",
        "Het filiaal aan het Frederiksplein is tot 30 juni dicht wegens verbouwing.",
        "Publieke docs: https://kubernetes.io/docs/concepts/services-networking/ingress/ – lees dat eerst even.",
        "Onze stagiair heeft alle laptops bijgewerkt naar macOS 14.4.1.",
    ],
}

# ---------------------------------------------------------------- čeština
T["cs"] = {
    "pos": [
        "Rozpis služeb – interna, 22. týden:\npo noc: «nm_f»\nút noc: «nx_m»\nčt: zatím neobsazeno!\n"
        "Výměny služeb hlaste do pátku, kontakt: «nm_f».",
        "Ahoj všichni 👋 na školní výlet ještě chybí souhlasy od Terezky a Matyáše. Můžete je nechat u mě: "
        "«nm_f», «tel_cz»",
        "Předávám lead: «nx_m», nákupčí ve strojírenské firmě v Plzni, chce nabídku do konce čtvrtletí. "
        "Tel. «tel_cz», e-mail «mail_work».",
        "Dobrý den, tady «nm_m», pronajímatel. Předávací protokol k bytu na adrese «adr_cz» podepíšeme v sobotu v 10:00.",
        "Dobrý den, jmenuji se «nx_f» a dělám recruiterku. Váš profil by se hodil na pozici analytika v "
        "Bratislavě. Můžeme si zavolat? «tel_sk»",
        "Po nasazení padá přihlášení, z logu:\n08:14:51 WARN auth failed user=«mail» ip=«ip»\n"
        "08:14:52 ERROR session store timeout\nmrkne na to někdo?",
        "Prezenční listina – školení BOZP:\n1. «nm_rev»\n2. «nx_rev»\n3. «nm_rev»\n4. «nd»",
        "Na recepci leží nalezená peněženka, uvnitř občanka: «nm_m», narozen «dob». Ať si pro ni přijde.",
        "Vítáme v týmu «nx_f», od pondělí posílí účtárnu! 🎉 Pracovní mail: «mail_work»",
        "Do mzdovky mi ještě chybí rodné číslo nového kolegy («nm_m»): «rc». Jinak máme vše.",
        "Dobrý den, prověřili jsme ⟦cr|Váš účet u nás⟧ – platba dnes ráno dorazila. S dalšími dotazy nám "
        "prosím napište do zpráv. «nm_f», zákaznická podpora",
        "Dobrý den, ⟦cr|Vaše pojištění domácnosti⟧ kryje i škody způsobené vodou. Likvidátor se Vám ozve do "
        "pátku. «nm_m», klientské centrum",
        "@petra_kral Děkujeme za ⟦cr|Vaši věrnost⟧ už od roku 2010! Výpadek optiky ve Vaší ulici řešíme.",
        "Dobrý den, ⟦cr|Vaše smlouva na elektřinu⟧ byla od 1. března převedena na zelený tarif.",
        "Jako ⟦cr|dlouholetý klient⟧ máte nárok na zvýhodněnou sazbu na ⟦cr|Vaši hypotéku u nás⟧. Zítra se Vám "
        "ozveme.",
        "⟦cm|DŮVĚRNÉ⟧ – Návrh restrukturalizace pobočky Ostrava\nNepřeposílat. Připomínky do středy, kontakt: «nm».",
        "[⟦cm|Pouze pro interní potřebu⟧] Ceník pro klíčové zákazníky 2027 – jen obchodní tým",
        "⟦cm|Přísně důvěrné⟧\nZápis z jednání představenstva 12. 3.",
        "Rozpis pohotovostí je tady: «iurl_doc» (přihlášení doménovým účtem).",
        "MR je připravený: «iurl_git» – @«fn» mrkneš?",
        "Odkaz «iurl_ops» od migrace hází 404, nevíte proč?",
        "Wi-Fi v zasedačce: síť „Host-Skoleni“, heslo: «pw» (platí do pátku)",
        "posílám config z testu:\nDB_USER=reporty\nDB_PASSWORD=«pw»\nSLACK_BOT_TOKEN=«slack»",
        "Uživatel: recepce2\nHeslo: «pw»\n(na počítač na recepci)",
        "Omylem jsem vložil token do tiketu: «gh» – hned ho ruším.",
        "Deploy klíč pro build server, kdyby Jenkins zase zlobil:\n«pem»",
        "Členský příspěvek 2026: 1 200 Kč na účet «iban_cz» do 31. ledna. Pokladní: «nm_f»",
        "Na vrácení kauce posílám svůj účet: «iban_sk» (majitel «nx_m»).",
        "Zákazník na lince reklamuje platbu: karta «card», platnost 09/27, zavolat zpět na «tel_cz»",
        "Fakturační údaje:\nVltava Servis s.r.o.\n«adr2_cz»\nIČO: «ico»\nDIČ: «vat_czico»",
        "Na check-in v hotelu, MRZ z pasu (cestující «nx_f»):\n«mrz»",
        "Přihláška do školky: «nm_m», nar. «dob_kid», alergie na ořechy. Rodiče: «nm_f», «tel_cz»",
        "Pacientka «nx_f», datum narození «dob», pokoj 12 – zítra ráno propuštění, objednat sanitku.",
        "Balík mi pošli domů: «nm_f», «adr2_cz»",
        "Instalatér přijde ve čtvrtek mezi 8 a 12. Adresa: «adr_cz». Kontakt na místě: «nx_m», «tel_cz».",
        "Hi team, rychlý update: klienty po kolegovi, který jde na rodičovskou, přebírá od pondělí «nd». "
        "Předávky prosím do pátku, thx!",
        "Velké díky za organizaci firemního běhu 🏃: «nm_f» a «nx_m»! #tym",
        "cc «nm», «nx_f» – schválení prosím do zítřka 12:00",
        "S pozdravem\n«nm»\nZákaznická podpora\n«tel_cz» | «mail_work»",
        "V noci brute-force pokusy z «ip6» na VPN bránu, adresa zablokována. Tiket má «nx_f».",
        "Pacient «nm_m», RČ «rc», alergie na penicilin – prosím zapsat do karty.",
    ],
    "neg": [
        "Vaše objednávka č. «order» byla odeslána. Číslo zásilky: «trk». Doručení očekáváme «day».",
        "Zadaný IBAN není platný: «iban_bad». Můžete ho prosím zkontrolovat?",
        "Rodné číslo «rc_bad» systém odmítá, nesedí kontrolní číslice.",
        "IČO «ico_bad» v registru neexistuje, asi překlep.",
        "Testovací karta «card_bad» v sandboxu neprojde, potřebujeme jinou.",
        "DIČ «vat_bad» je podle VIES neplatné, fakturu zatím držíme.",
        "Vyšla verze «ver» 🚀 Novinky: tmavý režim, rychlejší vyhledávání (commit «sha7»).",
        "ID požadavku «uuid» – chyba nastává jen u souborů nad 2 GB.",
        "Letní výprodej: −30 % na všechny běžecké boty, už od «price» Kč!",
        "To byl zápas! 3:2 po prodloužení, první finále od roku 2001 🏒",
        "Porada týmu se přesouvá na «day» ve 14:00, zasedačka Sněžka.",
        "Všechno nejlepší k narozeninám, Kubo! 🎂 Dort je v kuchyňce.",
        "Tento týden výprodej v Hugo Boss a Calvin Klein v outletu na Zličíně.",
        "Sraz v 7:45 před Gymnáziem Jana Keplera, odjezd autobusem.",
        "Zapomněli jste heslo? Klikněte na „Obnovit heslo“. Nikdy se vás na heslo nebudeme ptát ve zprávě.",
        "V docker-compose nechte DB_PASSWORD=${DB_PASSWORD}, skutečné heslo je ve vaultu.",
        "Založte si účet online za 10 minut a získejte bonus 500 Kč!",
        "Děkujeme všem našim zákazníkům za 30 let důvěry! 🎉",
        "Napište nám prosím do soukromé zprávy, hned se na to podíváme.",
        "Probereme to interně a do konce týdne se ozveme.",
        "Díky, Ondro a Verčo, za pomoc se stěhováním serverů! 💪",
        "Faktura «inv» na «price» Kč je 14 dní po splatnosti, prosím upomenout.",
        "Pobočka na Palackého náměstí je do 30. června kvůli rekonstrukci zavřená.",
        "Stážista aktualizoval Firefox na verzi 126.0.1 na všech noteboocích.",
    ],
}

# ---------------------------------------------------------------- English
T["en"] = {
    "pos": [
        "Rota for Ward 7, week 22:\nMon night – «nm_f»\nTue night – «nx_m»\nThu – still uncovered!!\n"
        "Swaps to «nm» by Friday please.",
        "Hi all 👋 still missing consent forms for Olly and Freya for the museum trip. You can drop them with "
        "me – «nm_f», «tel_gb»",
        "Handing over this lead: «nx_m», procurement lead at a freight company in Leeds, wants a quote before "
        "Q3. Phone «tel_gb», email «mail_work».",
        "Hi, it's «nm_m» (the landlord). The checkout inspection for the flat at «adr_gb» is booked for "
        "Saturday 10am. Please leave the keys in the lockbox.",
        "Hey «nm_f», I'm «nx_f», a recruiter at a fintech in Dublin. Your background looks great for a senior "
        "QA role – open to a quick call? «tel_ie» or just reply to «mail_work»",
        "Login broken since the 14:00 deploy, from the logs:\n14:03:21 DEBUG auth header: Bearer «jwt»\n"
        "14:03:22 WARN auth failed user=«mail» src=«ip»\n"
        "14:03:22 ERROR RedisTimeout after 5000ms\nanyone?",
        "Fire warden training – sign-in:\n• «nm_rev»\n• «nx_rev»\n• «np»\n• «nm_rev» (left early)",
        "Found in the car park: a wallet with a driving licence for «nm_m», DOB «dob». It's with security at "
        "the front desk.",
        "Please welcome «nx_f», who joins the Finance team this Monday! 🎉 Say hi on the 3rd floor.",
        "Payroll still needs «nm_m»'s AHV number for the Swiss entity: «ahv». Everything else is done.",
        "Hi «nm_f», we've checked ⟦cr|your account with us⟧ and the transfer landed this morning. For anything "
        "else, please DM us.",
        "Dear Mrs «nm_f», ⟦cr|your home insurance policy⟧ does cover water damage. A loss adjuster will be in "
        "touch by Friday.",
        "@jamie_k Thanks for ⟦cr|your loyalty⟧ since 2009! We're looking into the broadband outage on your street.",
        "Hi there, ⟦cr|your electricity contract with us⟧ has been switched to the green tariff from 1 March.",
        "Hi «nm», as a ⟦cr|long-standing customer⟧ you qualify for a lower rate on ⟦cr|your mortgage⟧. We'll "
        "call you tomorrow.",
        "⟦cm|CONFIDENTIAL⟧ – Draft restructuring plan, Swindon site\nDo not forward. Comments to «nm» by Wednesday.",
        "[⟦cm|INTERNAL ONLY⟧] Key account price list 2027 – sales team only",
        "⟦cm|Strictly Confidential⟧\nMinutes of the board meeting, 12 March",
        "On-call rota lives here now: «iurl_doc» (log in with your domain account).",
        "MR is up: «iurl_git» – @«fn» can you review?",
        "«iurl_ops» has been throwing 502s since the upgrade, who owns this?",
        "Training room Wi-Fi: network 'Guest-Training', password «pw» (valid until Friday)",
        "here's the staging env, sorry for the detour:\nDB_USER=reporting\nDB_PASSWORD=«pw»\nGOOGLE_API_KEY=«gkey»",
        "Username: frontdesk2\nPassword: «pw»\n(for the reception PC)",
        "Accidentally pasted my token into the ticket: «gh» – revoking it now 🙈",
        "Webhook signing secret for the payments sandbox is «secret», rotate it after the demo pls",
        "Club subs for 2026: £60 to «iban_gb» by 31 January. Treasurer: «nm_f»",
        "For the deposit refund, here are my details: «iban_ie», BIC «bic», account holder «nx_m».",
        "Customer on the phone disputing a charge: card «card», exp 10/27, call back on «tel_us»",
        "Please put our VAT number «vat» on the invoice or accounts payable will reject it.",
        "For the hotel check-in, here's the MRZ from «nx_f»'s passport:\n«mrz»",
        "Nursery registration: «nm_m», born «dob_kid», nut allergy. Parents: «nm_f», «tel_gb»",
        "Patient «nx_m», date of birth «dob», bay 4 – discharge tomorrow morning, please book transport.",
        "Can you send the parcel to my home address: «nm_f», «adr2_us»",
        "Plumber is coming Thursday between 8 and 12. Address: «adr_ie». Contact on site: «nx_f», «tel_ie».",
        "Quick update: «nd» is taking over «nm_m»'s accounts during his parental leave. Übergabe bitte bis "
        "Freitag, thanks all!",
        "Huge thanks to «nm_f» and «nx_m» for organising the charity 5k 🏃 #proud",
        "cc «np», «nm» – sign-off needed by noon tomorrow",
        "Kind regards,\n«nm»\nCustomer Care\n«tel_gb» | «mail_work»",
        "Brute-force attempts from «ip6» overnight on the VPN gateway, now blocked. Ticket is with «nx_f».",
        "Ask «np_f» in Legal, she knows the trademark file inside out. Or email «mail_work».",
    ],
    "neg": [
        "Your order «order» has shipped! Tracking number: «trk». Estimated delivery: «day».",
        "The IBAN you entered isn't valid: «iban_bad». Could you double-check it?",
        "Test card «card_bad» gets declined in the sandbox (bad check digit), we need another one.",
        "VAT number «vat_bad» comes back invalid on VIES, holding the invoice for now.",
        "AHV number «ahv_bad» is rejected by the payroll tool – check digit doesn't match.",
        "Version «ver» is live 🚀 New: dark mode, faster search, export fix (commit «sha7»).",
        "Request ID «uuid» – only happens on uploads over 2 GB.",
        "Summer sale: 30% off all running shoes, from £«price»!",
        "What a game! 3–2 after extra time, first final since 1999 ⚽",
        "Team sync moved to «day», 2pm, room Ben Nevis.",
        "Happy birthday, Priya! 🎂 Cake's in the kitchen.",
        "Deals at Ralph Lauren and Calvin Klein in the outlet village this weekend.",
        "Meet at 7:45 outside Charles Darwin School, the coach leaves at 8.",
        "Forgot your password? Tap 'Reset password'. We'll never ask for your password in a message.",
        "Keep DB_PASSWORD=${DB_PASSWORD} in the compose file, the real one lives in the vault.",
        "Open an account online in 10 minutes and get £50 when you switch!",
        "Thank you to all our customers for 40 years of trust! 💙",
        "Send us a DM and we'll look into it for you.",
        "We'll discuss this internally and get back to you by end of week.",
        "Thanks Dev and Hannah for helping with the server move! 💪",
        "Invoice «inv» for £«price» is 30 days overdue, please chase.",
        "Our branch on Victoria Street is closed for refurbishment until 30 June.",
        "Public docs: https://docs.github.com/en/actions/security-guides – read this first.",
        "Our summer intern upgraded everyone to Windows 11 23H2.",
    ],
}
