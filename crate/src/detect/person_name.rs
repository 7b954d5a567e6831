//! `person_name`: Full names of people, recognised by honorifics, greetings, signatures and introductions.
//!
//! A name is two or more capitalised name tokens ("Anna Muster", "Hans-Peter
//! von Arx", "Jean DUPONT") or "Last, First" after a label, and it counts
//! only with a trigger right before it: an honorific or title ("Frau", "Dr.",
//! "pan"), a greeting ("Hallo", "Dear", "Geachte"), an introduction ("my
//! name is", "je m'appelle"), a label ("Name:", "Kontakt:") or a sign-off on
//! the line before ("Best regards", "Mit freundlichen Grüssen"). A lone first
//! name ("Hallo Anna") is not reported. Tokens must not be frequent
//! capitalised words (German nouns, sentence starters, "Damen und Herren");
//! brand names that look like people ("Hugo Boss", "Dr. Oetker") are not
//! people. Greetings (which also address companies: "Hallo Deutsche Bahn")
//! and weak triggers ("I am", "Kontakt:", "pan", "M.") need a first name
//! from the embedded list; the list raises confidence everywhere else.
//!
//! Some names need no trigger of their own: one joined by "and" (or, in a
//! list, a comma) to a name found just before it, the recipient before a
//! postal address ("an Anna Muster, Domplatz 5, 69117 Heidelberg"), a
//! surname-shaped "Last, First", a name next to a birth or identity word or
//! an IBAN, an item after an arrow in a bulleted handover list, and a
//! listed first name followed by a surname: any capitalised non-common
//! word after a first name common at home, and after one common only in a
//! country of origin ("Blerina", "Maksim") a word with a surname ending or
//! one that a small spelling model ([`super::person_name_model`], written
//! by `scripts/name_model.py`) reads as a surname ("Shala", "Tomson").
//!
//! The scan stops only at capitalised words followed by another name-like
//! word (a byte check), so common text costs little; every check looks at a
//! bounded window, so the scan is linear.

use std::borrow::Cow;
use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

use super::lexicon_common::{
    is_capitalised, is_upper, lanes, letters_end, letters_start, skip_spaces, skip_spaces_back,
    word_before, PackedWords, WordSet, WordTable, MAX_WORD,
};
use super::person_name_dict::{DICT_FIRST_NAMES, ORIGIN_FIRST_NAMES};
use super::person_name_lists::{
    AMBIGUOUS_FIRST_NAMES, BIRTHPLACE_WORDS, MORE_FIRST_NAMES, PLACE_WORDS,
};
use super::person_name_model as model;
use super::postal_address::is_known_town;
use super::util::{floor_boundary, is_word_byte, word_end, word_start};

#[path = "person_name_decor.rs"]
mod decor;
#[path = "person_name_slots.rs"]
mod slots;
use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "person_name",
    category: Category::Personal,
    description: describe!("Full names of people (first and last name, or 'Last, First'), recognised by an honorific, \
                  greeting, introduction, label or sign-off right before them; a lone first name, common \
                  capitalised words and brand names are not reported. Greetings and weak triggers ('I am', \
                  'Kontakt:', 'pan') need a first name from the embedded list."),
    priority: 30,
    matches: examples![
        ("Sehr geehrte Frau Anna Muster, vielen Dank für Ihre Nachricht", "Anna Muster"),
        ("Hallo Hans-Peter von Arx, wir melden uns morgen", "Hans-Peter von Arx"),
        ("Grüezi Herr Reto Brunner, Ihr Termin ist bestätigt", "Reto Brunner"),
        ("Bonjour Marie Dubois, votre dossier est prêt", "Marie Dubois"),
        ("Gentile Sig.ra Giulia Bianchi, le scriviamo per", "Giulia Bianchi"),
        ("Geachte mevrouw Sanne de Vries, bedankt voor uw bericht", "Sanne de Vries"),
        ("Dobrý den, jmenuji se Petr Novák a mám dotaz", "Petr Novák"),
        ("Thanks for the quick reply!\n\nBest regards\nEmily Clarke", "Emily Clarke"),
        ("Mit freundlichen Grüssen\nReto Brunner\nKundenberatung", "Reto Brunner"),
        ("Name: Muster, Anna\nKunde seit 2019", "Muster, Anna"),
        ("Guten Tag Heinfried Ruppert, Ihr Paket ist unterwegs", "Heinfried Ruppert"),
        ("Ansprechpartnerin: Leandra Bitschnau, Tel. 044 123 45 67", "Leandra Bitschnau"),
        ("Le dossier de Clothilde Varenne, née le 3 mars 1980, est incomplet", "Clothilde Varenne"),
        ("Referente: Ermenegildo Sforza, tel. 02 1234 5678", "Ermenegildo Sforza"),
        ("Wietske Dijkstra, geboren op 4 mei 1990, heeft gebeld", "Wietske Dijkstra"),
        ("Kontaktní osoba: Bohuslava Křížová, tel. 602 123 456", "Bohuslava Křížová"),
        ("Hello Imogen Thackeray, your parcel has arrived.", "Imogen Thackeray"),
        ("Kannst du bitte Sabine Wüthrich zurückrufen?", "Sabine Wüthrich"),
        ("Meeting with Rachel Donnelly moved to Friday", "Rachel Donnelly"),
        ("Appuntamento fissato con Arianna Colombo per martedì", "Arianna Colombo"),
        ("Volala Jarmila Horáková kvůli smlouvě", "Jarmila Horáková"),
        ("On a parlé avec Mathilde Garnier ce matin", "Mathilde Garnier"),
        ("Overmaken t.n.v. Femke Jansen-Bakker", "Femke Jansen-Bakker"),
        ("Kündigung von RÜDIGER MARTIN eingegangen, Beitrag läuft", "RÜDIGER MARTIN"),
        ("Résiliation de JULIEN IMBERT reçue, prélèvements jusqu'à fin juin", "JULIEN IMBERT"),
        ("prenotazione a nome MORABITO, GIULIA, 3 posti platea", "MORABITO, GIULIA"),
        ("reservering op naam FRERICHS, IRIS, 2 stoelen", "FRERICHS, IRIS"),
        ("Výpověď přijata – člen NIKOLA VÍTKOVÁ, inkaso poběží dál", "NIKOLA VÍTKOVÁ"),
        ("booking under HANBURY, LEONIE, 2 stalls seats", "HANBURY, LEONIE"),
        ("sent a reminder to timothy kelly (timothy.kelly8@example.net, card expired)", "timothy kelly"),
        ("rappel envoyé à laurent léger (laurent_leger@example.fr, carte expirée)", "laurent léger"),
        ("sollecito a gianfranco tartaglia (tartagliag@example.it, tessera scaduta)", "gianfranco tartaglia"),
        ("čtenář: richard tesař (r.tesar@example.cz, propadlá průkazka)", "richard tesař"),
        ("Scala B. Chiavi da Fiamma Romano (328 827 2505).", "Fiamma Romano"),
        ("capogruppo Houda Ouazzani (+39 011 9575 088). Passaporto", "Houda Ouazzani"),
        ("les parents Dmytro Hnatyuk et Valentine Lacombe, 12 rue de la Paix, 75002 Paris", "Dmytro Hnatyuk"),
        ("ouders Senait Tesfay en Norah Rietveld, adres Markt 142, 2312 AB Leiden", "Senait Tesfay"),
        ("Patiënt: De Wit, Anouk\nAfdeling 3", "De Wit, Anouk"),
        ("Patiente : Lambert, Odile", "Lambert, Odile"),
        ("Morning Gareth Hughes, your parcel is on its way.", "Gareth Hughes"),
        ("Schöne Grüsse aus Bern, Corinne Aebischer\nTel. 031 000 00 00", "Corinne Aebischer"),
        ("Anwesend: Brunner, Reto; Imhof, Sereina; Gäste", "Imhof, Sereina"),
        ("Aanwezigen: Joke Verhulst, Pieter Claes en Ilse Dewulf", "Ilse Dewulf"),
        ("Rappel : Gwendoline Marchal passe demain à 9 h.", "Gwendoline Marchal"),
        ("Die Offerte geht an Hanspeter Rüegsegger, mobil 079 000 00 00.", "Hanspeter Rüegsegger"),
        ("Ab Juni betreut Sie Ladina Caduff (ladina.caduff@example.ch).", "Ladina Caduff"),
        ("Kontoinhaberin Anna-Lena Vogt, Betrag folgt", "Anna-Lena Vogt"),
        ("Presenti alla riunione di lunedì: Ilaria Fumagalli, Dario Pesce", "Dario Pesce"),
        ("Attendees of the kick-off:\n- Owen Pritchard\n- Ewa Kowalczyk", "Ewa Kowalczyk"),
        ("Termin mit Emine Yıldırım ist bestätigt", "Emine Yıldırım"),
        ("Merci Bogdan Popescu pour le rapport !", "Bogdan Popescu"),
        ("Bitte mit Dragana Petrović den Termin klären", "Dragana Petrović"),
        ("Call Joanna Wiśniewska when the contract is signed", "Joanna Wiśniewska"),
        ("titulaire Mirsad Hodžić.", "Mirsad Hodžić"),
        ("That's Rhiannon Pryce's desk phone, not her mobile", "Rhiannon Pryce"),
        ("Lieferanschrift:\nGoran Babić\nHauptstrasse 5\n3000 Bern", "Goran Babić"),
        ("From: Bo Lindqvist <bo.lindqvist@example.se>\nSubject: invoice", "Bo Lindqvist"),
        ("Empfängerin: Jolanda Brunschwiler, Seestrasse 4, 8802 Kilchberg", "Jolanda Brunschwiler"),
        ("Expéditrice : Honorine Vuilleumier, 12 rue du Lac", "Honorine Vuilleumier"),
        ("Destinatario: Ottavio Brambilla, via Po 3, Torino", "Ottavio Brambilla"),
        ("Afzender: Wessel Kuipers, Dorpsstraat 4", "Wessel Kuipers"),
        ("Odesílatel: Radomír Vojtek, Dlouhá 5, Brno", "Radomír Vojtek"),
        ("Rendez-vous chez Maître Séverine Rochat lundi", "Séverine Rochat"),
        ("Rückerstattung lautend auf Gantenbein, Sereina", "Gantenbein, Sereina"),
        ("Bonifico intestato a Lunardi, Ottavia", "Lunardi, Ottavia"),
        ("Overboeken t.n.v. de Graaf, Wessel", "de Graaf, Wessel"),
        ("majitel účtu Vondráček, Ctibor", "Vondráček, Ctibor"),
        ("Zahlung auf das Konto von Oberholzer, Ilse (UBS)", "Oberholzer, Ilse"),
        ("Geburtsdatum von Gantenbein, Urs: 12.03.1970", "Gantenbein, Urs"),
        ("Neue Teamkollegin: Ilse Oberholzer 🎉", "Ilse Oberholzer"),
        ("Welcome Thandiwe Mokoena to the Durban office!", "Thandiwe Mokoena"),
        ("Could you call Sigrun Halvorsen back tomorrow?", "Sigrun Halvorsen"),
        ("Da lunedì ci sarà Ornella Vanoni-Prati, cell. 333 123 4567", "Ornella Vanoni-Prati"),
        ("Grazie mille Thandeka Dube per il supporto!", "Thandeka Dube"),
        ("Wer hat die Nummer von Thandeka Dube? Ich finde sie nicht", "Thandeka Dube"),
        ("Mi mandi il numero di Oreste Vannucchi? Grazie", "Oreste Vannucchi"),
        ("Heeft iemand het nummer van Sjoukje Dijkstra-Bos?", "Sjoukje Dijkstra-Bos"),
        ("Danke Sigrun Halvorsen für die schnelle Hilfe", "Sigrun Halvorsen"),
        ("Puoi richiamare Ermenegildo Tozzoli? Grazie", "Ermenegildo Tozzoli"),
        ("Übergabe:\n- Lieferanten → Oyelaran Dabiri\n- Rest bleibt", "Oyelaran Dabiri"),
        ("Handover:\n• vendors -> Oyelaran Dabiri\nCheers", "Oyelaran Dabiri"),
        ("cc Oyelaran Dabiri, bitte bis Freitag", "Oyelaran Dabiri"),
        ("Danke an Katrin Huber und Oyelaran Dabiri für alles", "Oyelaran Dabiri"),
        ("Merci à Juliette Dupont et Oyelaran Dabiri pour tout", "Oyelaran Dabiri"),
        ("Dank aan Willem Gielen en Oyelaran Dabiri voor de hulp", "Oyelaran Dabiri"),
        ("Akci zorganizovali Petr Novák a Oyelaran Dabiri – díky!", "Oyelaran Dabiri"),
        ("Bitte an Oyelaran Dabiri, Domplatz 5, 69117 Heidelberg senden", "Oyelaran Dabiri"),
        ("Envoyer à Oyelaran Dabiri, 89 rue de Rivoli, 21000 Dijon", "Oyelaran Dabiri"),
        ("Stuur het naar Oyelaran Dabiri, Vismarkt 7, 2514 EA Den Haag", "Oyelaran Dabiri"),
        ("Interview tomorrow with Cobb, Nicholas, CV attached", "Cobb, Nicholas"),
        ("Colloquio domani con Prodi, Monica, CV in cartella", "Prodi, Monica"),
        ("Pohovor zítra – Němečková, Vilma, životopis ve složce", "Němečková, Vilma"),
        ("Company card 4111, name on card Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Can someone grant Oyelaran Dabiri access to the repo?", "Oyelaran Dabiri"),
        ("Chiedi a Oyelaran Dabiri, gestisce lui gli accessi", "Oyelaran Dabiri"),
        ("Demande à Oyelaran Dabiri, c'est lui qui gère ça", "Oyelaran Dabiri"),
        ("Send it to Martina Ó Scallaigh today", "Martina Ó Scallaigh"),
        ("Antrag von Alicia Ullrich, geb. 18.09.1990, ist da", "Alicia Ullrich"),
        ("Dossier Evelyne De Weerdt, geboren op 08-08-1960", "Evelyne De Weerdt"),
        ("Bien à vous,\n\nMe Caroline Bonvini\nAvocate", "Caroline Bonvini"),
        ("Erstattung für Oyelaran Dabiri: bitte auf DE35 1533 1574 4634 1828 04", "Oyelaran Dabiri"),
        ("Neu im Team: Oyelaran Dabiri verstärkt ab Montag die Buchhaltung", "Oyelaran Dabiri"),
        ("Ab Mai verstärkt Oyelaran Dabiri unser Team", "Oyelaran Dabiri"),
        ("Das Ticket liegt bei Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Ticket attribué à Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Het ticket ligt bij Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Ticket is with Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Tiket má Oyelaran Dabiri.", "Oyelaran Dabiri"),
        ("Frühdienst: Anna Muster statt Oyelaran Dabiri\nSpätdienst: offen", "Oyelaran Dabiri"),
        ("Rückmeldungen an Oyelaran Dabiri bis Freitag.", "Oyelaran Dabiri"),
        ("Commenti a Oyelaran Dabiri entro venerdì.", "Oyelaran Dabiri"),
        ("Buongiorno, sono Oyelaran Dabiri, il proprietario.", "Oyelaran Dabiri"),
        ("Hoi, ik ben Oyelaran Dabiri, recruiter bij ons.", "Oyelaran Dabiri"),
        ("Welkom aan Oyelaran Dabiri, die vandaag begint", "Oyelaran Dabiri"),
        ("Sur place : Oyelaran Dabiri, +352 661 421 372.", "Oyelaran Dabiri"),
        ("Kontakt na místě: Oyelaran Dabiri, +420541765753.", "Oyelaran Dabiri"),
        ("Drop them with me – Oyelaran Dabiri, +44 7957 158052", "Oyelaran Dabiri"),
        ("Eltern: Oyelaran Dabiri (Tel. +41 78 589 06 29)", "Oyelaran Dabiri"),
        ("Dienstplan:\nMo Nacht: Anna Muster\nDi Nacht: Oyelaran Dabiri\nMi: offen", "Oyelaran Dabiri"),
        ("Rooster:\nma nacht: Emma Visser\ndi nacht: Oyelaran Dabiri", "Oyelaran Dabiri"),
        ("Rota:\nMon night – Emily Clarke\nTue night – Oyelaran Dabiri", "Oyelaran Dabiri"),
        ("Rozpis:\npo noc: Jana Dabirová\nút noc: Petr Novák", "Jana Dabirová"),
        ("Check-in:\n✅ Dabiri, Anna\n✅ Dabiri, Oyelaran", "Dabiri, Anna"),
        ("Liste d'émargement :\n1. Lefèvre, Sophie\n2. Dabiri, Oyelaran", "Dabiri, Oyelaran"),
        ("Sign-in:\n• Wilson, Clare\n• Davis, Robert (left early)", "Davis, Robert"),
        ("Prezenční listina:\n1. Hrubá, Irena\n2. Oyelaran Dabiri", "Oyelaran Dabiri"),
        ("MRZ aus dem Pass von Oyelaran Dabiri:", "Oyelaran Dabiri"),
        ("Karte 4111, Inhaberin Oyelaran Dabiri, Rückruf bitte", "Oyelaran Dabiri"),
        ("MRZ z pasu (cestující Oyelaran Dabiri):", "Oyelaran Dabiri"),
        ("Un grazie enorme a Oyelaran Dabiri per l'aiuto", "Oyelaran Dabiri"),
        ("Dikke merci aan Oyelaran Dabiri voor de organisatie", "Oyelaran Dabiri"),
        ("Aanwezig:\n✔ De Boeck, Annie\n✔ Shala, Teuta", "De Boeck, Annie"),
        ("Mandami il pacco: Tatiana Marenzio, Via Belzoni 24\n35121 Padova", "Tatiana Marenzio"),
        ("Ship it to Natasha Gomez, 1981 Larimer Street\nDenver, CO 80202", "Natasha Gomez"),
        ("Schichtplan\nName\tTelefon\tTag\nOyelaran Dabiri\t0178-30954730\tDi", "Oyelaran Dabiri"),
        ("Planning\nNom;Tél;Créneau\nJosette Mahe;0648641700;10h\nOyelaran Dabiri;0612345678;12h", "Oyelaran Dabiri"),
        ("Rozpis\nJméno | Tel | Stanoviště\nOyelaran Dabiri | +420 603 844 869 | 3", "Oyelaran Dabiri"),
        ("Rota\nName | Mobile | Match\nOyelaran Dabiri | 020 9727 0357 | Sat", "Oyelaran Dabiri"),
        ("Notfallliste:\n| Name | Handy |\n|---|---|\n| Oyelaran Dabiri | +41 79 123 45 67 |", "Oyelaran Dabiri"),
        ("Noodlijst:\n| Naam | Mobiel |\n|---|---|\n| Oyelaran Dabiri | 06 12345678 |", "Oyelaran Dabiri"),
        ("Résultats prêts. Propriétaire Dabiri, Manuel, joignable au 03 76 72 70 27", "Dabiri, Manuel"),
        ("Referti pronti. Proprietario Oyelaran Dabiri (o.d@example.it), richiamare", "Oyelaran Dabiri"),
        ("Uitslag binnen. Eigenaar Dabiri, Elena, bellen na 15u.", "Dabiri, Elena"),
        ("Die zuständige Sachbearbeiterin Myriam Dabiri meldet sich.", "Myriam Dabiri"),
        ("Firmenkarte 4111, Name auf der Karte Oyelaran Dabiri", "Oyelaran Dabiri"),
        ("Teilnehmer Brandschutzkurs: KELLER Jonas, BRUNNER Anna, MEIER Lukas", "BRUNNER Anna"),
        ("Présents : DUVAL Camille, PERRIN Hugo", "PERRIN Hugo"),
        ("Presenze corso: FERRARA Giulia, MORETTI Luca", "FERRARA Giulia"),
        ("Presentielijst: JANSEN Sanne, BAKKER Daan", "BAKKER Daan"),
        ("Prezence: DVOŘÁK Tomáš, NOVOTNÁ Petra", "NOVOTNÁ Petra"),
        ("Noch offen: Keller, Jonas; Brunner, Anna; van Dijk, Sanne", "van Dijk, Sanne"),
        ("Manquent : Duval, Camille ; Perrin, Hugo", "Duval, Camille"),
        ("Mancano: Moretti, Luca; Di Marco, Giulia", "Di Marco, Giulia"),
        ("Chybí: Dvořák, Tomáš; Novotná, Petra", "Dvořák, Tomáš"),
        ("Ticket 4411 · assigned to Brennan, Siobhan · open", "Brennan, Siobhan"),
        ("Požadavek 881 · řeší Procházková, Jana · nový", "Procházková, Jana"),
        ("Melding 77 · toegewezen aan Verbruggen, Sanne · open", "Verbruggen, Sanne"),
        ("Raum Säntis ist von M. T. Oberholzer gebucht", "M. T. Oberholzer"),
        ("salle réservée par J. P. Marchetti jeudi", "J. P. Marchetti"),
        ("zaal geboekt door E. J. Verbruggen, beamer is er", "E. J. Verbruggen"),
        ("Heute spielen Anna Muster, Tendai Moyo, Peter Keller.", "Tendai Moyo"),
        ("Line-up: Emily Clarke, Tendai Moyo, Owen Pritchard, T. T. Okafor.", "T. T. Okafor"),
        ("Anmeldung: Schülerin Oyelaran Dabiri, Geburtsdatum 01.02.2010", "Oyelaran Dabiri"),
        ("still no reply from your engineer Oyelaran Dabiri about the install", "Oyelaran Dabiri"),
        ("nessuna risposta dal vostro tecnico Oyelaran Dabiri per l'impianto", "Oyelaran Dabiri"),
        ("keine Rückmeldung von Ihrem Techniker Oyelaran Dabiri zur Ablesung", "Oyelaran Dabiri"),
        ("geen reactie van uw adviseur Oyelaran Dabiri over de offerte", "Oyelaran Dabiri"),
        ("ok tell oliver brennan the van keys are in the office", "oliver brennan"),
        ("sag markus brunner bescheid, dass es später wird", "markus brunner"),
        ("ok dis à julien bonvin que la salle est libre", "julien bonvin"),
        ("ok zeg tegen pieter janssens dat de sleutel hier ligt", "pieter janssens"),
        ("manca ancora la quota di Ermanno Majewski.", "Ermanno Majewski"),
        ("Cambio: Oyelaran Hrytsenko e Ming Su partono il 15 agosto", "Oyelaran Hrytsenko"),
        ("Turni\n- lun: Oyelaran Dabiri\n- mar: Balázs Szűcs", "Oyelaran Dabiri"),
        ("Piketrooster\nma Oyelaran Dabiri\ndi Thales van der Meulen", "Oyelaran Dabiri"),
        ("Piketrooster\nma Oyelaran Dabiri\ndi Thales van der Meulen", "Thales van der Meulen"),
        ("Pohotovost\npo: Oyelaran Dabiri\nút: Peter Dušek", "Oyelaran Dabiri"),
        ("On-call rota\nMon Oyelaran Dabiri\nTue Frazer da Cunha", "Frazer da Cunha"),
        ("Bereitschaft\n- Mo: Oyelaran Dabiri\n- Di: offen", "Oyelaran Dabiri"),
        ("hallo wir brauchen den impfpass von bernhard klemm bitte rückruf unter +49 152 7519 5720", "bernhard klemm"),
        ("bezorgen bij anouk fortuyn Nationalestraat 97, 8500 Kortrijk", "anouk fortuyn"),
        ("chiamo per la signora alessandra schiavo, richiamare al +39 328 793 4371", "alessandra schiavo"),
        ("drop off for amelia mcloone at 2796 Broadway, Minneapolis, MN 55401", "amelia mcloone"),
        ("rozvoz pro barbora musilová Masná 22, 460 01 Liberec", "barbora musilová"),
        ("livraison pour camille gubéran 34 rue Neuve, 1000 Bruxelles", "camille gubéran"),
        ("Bitte ruf Tendai Moyo heute auf 079 412 55 83 an", "Tendai Moyo"),
        ("Viva panel: external examiner Dr Maria Leal PhD FRSC.", "Maria Leal"),
        ("Zweitgutachterin ist Dr. Róża Fronczek MSc.", "Róża Fronczek"),
        ("Jury : président Pr Pierre-Yves Mendès, rapportrice", "Pierre-Yves Mendès"),
        ("Appelez Nkosana Dube au +33 6 12 34 56 78 pour le rendez-vous", "Nkosana Dube"),
        ("Chiedi a Oluwaseun Adeyemi in magazzino, il suo cellulare è 345 123 4567", "Oluwaseun Adeyemi"),
        ("Vraag het Kwabena Owusu van de balie, zijn nummer is 06 12 34 56 78", "Kwabena Owusu"),
        ("Zavolej Kwame Mensah na 602 123 456, ví o tom víc", "Kwame Mensah"),
        ("Your claim is handled by Tafadzwa Chikore, who will call you from +44 20 7946 0958", "Tafadzwa Chikore"),
        ("Kaution zurück an Oyelowo, Tamsin, Lindenweg 12, 79098 Freiburg", "Oyelowo, Tamsin"),
        ("Rimborso a Ferrandino, Ottavia, Via Garibaldi 14, 10122 Torino", "Ferrandino, Ottavia"),
        ("Remboursement à Okonkwo, Chidera, 12 rue Neuve\n69002 Lyon", "Okonkwo, Chidera"),
        ("Vrácení zálohy: Mwangi, Jana, Dlouhá 12\n110 00 Praha", "Mwangi, Jana"),
        ("Tax ID for Mbeki, Sarah: 12 345 678 901, please file it", "Mbeki, Sarah"),
        ("Demande à Koffi Mensah au secrétariat, son portable c'est le 06.12.34.56.78", "Koffi Mensah"),
        ("FYI @ops_lea (Oluwaseun Bakare) übernimmt heute den Dispatch", "Oluwaseun Bakare"),
        ("heads up @dev-mo (Tenzin Dorje) is running the demo", "Tenzin Dorje"),
        ("Passation\n• Ngozi Eze (ch. 214) part à 6h\n• objet trouvé au bar", "Ngozi Eze"),
        ("handover\n• Kwabena Asare (room 512) wants a late checkout", "Kwabena Asare"),
        ("Merci à Dr. Claire Dubois et à Analyn Bautista pour l'accueil", "Analyn Bautista"),
        ("Grazie a Marco Rossi (tesoriere) e a Ngozi Okafor per la festa", "Ngozi Okafor"),
        ("Thanks to Mr. Tom Hardy (volunteer lead) and Ilir Krasniqi for the help", "Ilir Krasniqi"),
        ("Dank an Frau Anna Muster und an Chidi Eze für die Spende", "Chidi Eze"),
        ("La pratica è seguita da Amara N. Diallo, che la richiamerà dal +39 055 123 4567", "Amara N. Diallo"),
        ("Protokoll Elternrat\nKofi Boateng: Kuchenliste\nMaria Huber: Ausflug geplant", "Kofi Boateng"),
        ("Compte rendu du bureau\nAminata Diallo : trésorerie\nJulien Marchand : tournoi", "Aminata Diallo"),
        ("Verbale riunione\nGian Luca Ferrandi: bilancio ok\nAnna Moretti: trasferta", "Gian Luca Ferrandi"),
        ("Notulen bestuur\nSanne Visser: kascontrole\nThabo Nkosi: jeugdtoernooi", "Thabo Nkosi"),
        ("Zápis z výboru\nTomáš Dvořák: dresy\nAyesha Rahman: pronájem haly", "Ayesha Rahman"),
        ("Minutes\nEmily Clarke: budget signed off\nKwame Asante: venue booked", "Kwame Asante"),
        ("Blerina Shala übernimmt ab Montag die Kasse", "Blerina Shala"),
        ("Maksim Tomson a rendu les clés hier soir", "Maksim Tomson"),
        ("Yusuf Kelmendi arriva domani alle nove", "Yusuf Kelmendi"),
        ("Natalia von der Heydt komt morgen langs", "Natalia von der Heydt"),
        ("Mijo Ričko přijde zítra v devět", "Mijo Ričko"),
        ("Ilir Berisha will take the night shift", "Ilir Berisha"),
        ("Demande à Oyelaran Dabiri à la rédaction, son portable c'est le 06 12 34 56 78", "Oyelaran Dabiri"),
        ("Chiedi a Oyelaran Dabiri in redazione, il suo cellulare è 333 123 4567", "Oyelaran Dabiri"),
        ("Zimmerliste: Zimmer 12 Brunner, Anna / Keller, Thomas", "Brunner, Anna"),
        ("Liste des chambres : 14 – Martin, Claire ; 15 – Roux, Paul.", "Martin, Claire"),
        ("Lista camere: 7 Ferri, Giulia, 8 Conti, Marco.", "Ferri, Giulia"),
        ("Kamerlijst: kamer 3 Jansen, Sanne, kamer 4 Bakker, Tom.", "Jansen, Sanne"),
        ("Door log: 07:14 OK badge 0931 Walker, Emily 07:15 DENIED", "Walker, Emily"),
        ("Řečníci: Dvořák, Petra přilétá v 9:50.", "Dvořák, Petra"),
        ("Unser Mitglied Lisette Fuchs (geb. 17. Juni 1958) feiert heute.", "Lisette Fuchs"),
        ("thanks emily clarke and tom baker for packing down 🙌", "emily clarke"),
        ("thanks emily clarke and tom baker for packing down 🙌", "tom baker"),
        ("danke an anna muster für die hilfe gestern", "anna muster"),
        ("merci à marie dubois pour le coup de main", "marie dubois"),
        ("bedankt sanne jansen voor het opruimen", "sanne jansen"),
        ("Seating plan: Emily Clarke, Thomas Baker, Cecilija Kuhar, Youssef Benali.", "Youssef Benali"),
        ("Tavolo 5: Giulia Bianchi, Marco Conti, Eugenia Onio e Stefanie Verbruggen.", "Stefanie Verbruggen"),
        ("Zasedací pořádek: Petr Novák, Jana Dvořáková, Mohamed Herman, Omar Khalil.", "Omar Khalil"),
        ("ciao sono Quang Huy Le ehm il furgone lo riporto domani", "Quang Huy Le"),
        ("Pubquiz: Emily Clarke en Quang Huy Le winnen met 44 punten.", "Quang Huy Le"),
        ("hi it's Thi Mai Do, call me back on 07585 320500", "Thi Mai Do"),
        ("Garderobe: Haken 4 Miriam Sutter, Haken 5 Jonas Imhof, Haken 6 frei.", "Jonas Imhof"),
        ("Tirage au sort : 1er prix Élodie Favre, 2e prix Bastien Roux. Bravo !", "Bastien Roux"),
        ("Turni sala prove: ore 18 gruppo Chiara Longo, ore 20 gruppo Matteo Ferri.", "Matteo Ferri"),
        ("Stand-ups today: 10:15 Olivia Grant, 10:45 Samuel Price.", "Samuel Price"),
        ("Šatny: skříňka 4 Jana Dvořáková, skříňka 5 Tomáš Beneš, skříňka 6 volná.", "Tomáš Beneš"),
        ("Bellen portiek 12: 1-hoog Verbeek, Sanne, 2-hoog leeg.", "Verbeek, Sanne"),
        ("Auf dem Foto v.l.n.r. Nadine Frei, Luca Brunner und Trainer Marco Wyss.", "Marco Wyss"),
        ("Foto: da sinistra Giulia Ferri, Paolo Neri e l'allenatrice Marta Riva.", "Marta Riva"),
        ("Card signed by: Tom, Rachel Green, Owen Hart and the whole front desk", "Owen Hart"),
        ("Dolmetscherin: Leonie Graf, Raum 3", "Leonie Graf"),
        ("Richiedente: Sara Conti, conferma via mail", "Sara Conti"),
        ("ok top, geregeld. dankje sanne jansen", "sanne jansen"),
        ("Danke an Carina Vogt 🙌 und Pius Amrein 🌟 fürs Aufräumen!", "Pius Amrein"),
        ("Résultats du tournoi : 1. Noémie Favre, 2. Basile Perrin, 3. Odile Vuilleumier", "Odile Vuilleumier"),
        ("Coppie del torneo: Chiara Longo con Piero Salvi, Marta Riva con Ugo Bassi.", "Ugo Bassi"),
        ("Gastenlijst: Sanne de Vries +1, Joost Mulder +1, Ruud Brink alleen", "Ruud Brink"),
        ("Parkovací místa: Dvořák, Jana (P4), Tomáš Beneš (P7).", "Dvořák, Jana"),
        ("Mietrückstände: Aebi, Kathrin 1.240 €, Ruedi Zgraggen 860 €", "Ruedi Zgraggen"),
        ("Affitti arretrati: Bassi, Laura 1.240 €, Carlo Neri 860 €", "Bassi, Laura"),
        ("Störung gemeldet von Anwohnerin Rosa Pfister, Tel. folgt", "Rosa Pfister"),
        ("Transfert à l'aéroport : chauffeur Ludovic Bessard.", "Ludovic Bessard"),
        ("Reception: ospite Tiziana Morandi, camera 214", "Tiziana Morandi"),
        ("Rooster zaterdag: invaller Wout Verbruggen.", "Wout Verbruggen"),
        ("Front desk: guest Morven Tait, room 118", "Morven Tait"),
        ("Recepce: řidička Radka Dušková, auto 12", "Radka Dušková"),
        ("fyi lena hartmann ist ab morgen zurück", "lena hartmann"),
        ("cc pauline girardet pour le planning", "pauline girardet"),
        ("ping oliver brennan re the rota", "oliver brennan"),
        ("Protokoll:\n[Jolanda Streit] wir beginnen\n[Ilir Berisha] ich übernehme", "Ilir Berisha"),
        ("Verbale:\nNoemi Carrara: iniziamo\nDragan Petrović: prendo io il sabato", "Dragan Petrović"),
        ("Transcript:\nMaeve Doherty: let's start\nKwame Mensah: I'll take Saturday", "Kwame Mensah"),
    ],
    ignores: examples![
        ("Überweisung Kaution Bootsverleih bitte an IBAN CH95 2723 1539 0479 4433 8.", "German nouns before an IBAN"),
        ("Neue Lieferadresse Leihski ab Dezember: Mozartgasse 53, 4020 Linz", "a compound noun, not a first name"),
        ("Übergabe Spätdienst Fundbüro: Handy gehört laut Sperrbildschirm jemandem.", "a chain of German nouns before a data word"),
        ("La brasserie Paul Bocuse est notre partenaire.", "a restaurant named after a person"),
        ("thanks and have a great evening everyone", "no name after thanks"),
        ("Programm: 9 Uhr Begrüssung, 10 Uhr Workshop Teil 1, 14 Uhr Apéro Riche.", "a slot list of events"),
        ("Voie 7 direction Lausanne Gare, voie 8 direction Genève Aéroport.", "a slot list of places"),
        ("Photo von links: Rathaus, Kirche und Alter Brunnen.", "a caption of buildings"),
        ("Horaires: 9h Marché Central, 11h Place Neuve, 14h Parc Bertrand.", "a slot list of places"),
        ("danke an alle für die hilfe gestern", "no name after thanks"),
        ("Cena alla trattoria Mario Rossi stasera.", "a restaurant named after a person"),
        ("Il liceo e la biblioteca Natalia Ginzburg organizzano una maratona.", "a library named after a person"),
        ("Knihovna Václava Havla pořádá čtení pro veřejnost!", "a library named after a person"),
        ("Met vriendelijke groet, Opticien – Brillenhuis Centrum 06 36 20 16 00", "a shop name in a signature"),
        ("Kind regards – Central Opticians +44 20 3340 7900", "a shop name in a signature"),
        ("Lunch at the brewery Samuel Adams, then the hospital Florence Nightingale wing.", "places named after people"),
        ("Déviation ligne 3 : l'arrêt Victor Hugo est supprimé.", "a stop named after a person"),
        ("Cena Karla Čapka 2025: veřejné čtení v knihovně.", "a prize named after a person"),
        ("Il Premio Italo Calvino apre le candidature.", "a prize named after a person"),
        ("Die Haltestelle Konrad Adenauer wird verlegt.", "a stop named after a person"),
        ("Hallo Anna, kannst du mir die Folien schicken?", "a lone first name"),
        ("NUR FÜR DEN DIENSTGEBRAUCH: Protokoll der Sitzung", "a marking in capitals"),
        (
            "Die IBAN in Ihrem Screenshot (DE22 2102 6202 5974 6079 29) ist ungültig",
            "a possessive in any case is no first name",
        ),
        ("Laut unserem Vertrag (IBAN siehe unten) zahlen Sie monatlich", "a possessive before a noun"),
        ("Reservierung im Hotel Bellevue (044 123 45 67) bestätigt", "a hotel before its number"),
        ("La Pizzeria Napoli (02 8734 1190) chiude", "a restaurant before its number"),
        ("Neue Version: MAX LENGTH jetzt 120 Zeichen", "a first name before a common word in capitals"),
        ("Treffen mit ANNA MARIA HUBER GMBH morgen", "more than two words in capitals"),
        ("Schreib an peter@example.com wegen der anna liste", "the address spells no surname after the name"),
        ("Sehr geehrte Damen und Herren, anbei die Unterlagen", "a salutation to everyone"),
        ("Ich liebe Hugo Boss und Calvin Klein Parfums", "brand names"),
        ("Dear Valued Customer, your order has shipped", "a generic salutation"),
        ("Die Neue Zürcher Zeitung berichtet heute", "capitalised words without a trigger"),
        ("Hallo Deutsche Bahn, warum ist der Zug schon wieder zu spät?", "a company greeted"),
        ("Dr. Oetker Pizza ist im Angebot", "a brand with an honorific"),
        ("Hi Team Marketing, meeting moved to 3pm", "a team, not a person"),
        ("Best regards\nThe Customer Service Team", "a team signature"),
        ("Hallo Google Maps Team, die Karte ist falsch", "a product team greeted"),
        ("Bonjour Service Client, ma commande n'est pas arrivée", "a department greeted"),
        ("Gentile Cliente, la sua pratica è in lavorazione", "a generic salutation"),
        ("Beste Klantenservice, mijn pakket is niet aangekomen", "a customer service greeted"),
        ("Dobrý den, Česká Spořitelna, proč mi nefunguje karta?", "a bank greeted"),
        ("Geburtsdatum und AHV-Nummer bitte bei Swiss Life eintragen", "a company near an identity word"),
        ("Victoria Station is closed this weekend", "a first name that is also a place"),
        ("Wir gratulieren der Sophie Scholl Schule", "a school named after a person"),
        ("@Giulia Certo, il conto è a posto", "a handle, then the sentence starts"),
        ("Vacanze a Santa Margherita Ligure", "a town named after a saint"),
        ("Le parfum Christian Dior est en promo", "a brand named after its designer"),
        ("Place of birth: St Albans", "a town after a place-of-birth word"),
        ("Einkauf bei Albert Heijn und Yves Rocher erledigt", "shops named after people"),
        ("Teilnehmende: Abteilung Vertrieb, Marketing und Einkauf", "departments in a list"),
        ("Il Corriere della Sera, cellulare gratis in regalo", "a newspaper near a mobile word"),
        ("Bad Ragaz und Sankt Gallen, Handy-Empfang schlecht", "towns near a mobile word"),
        ("Neue Zürcher Zeitung: redaktion@nzz.ch", "a newspaper and its address"),
        ("Treffpunkt vor dem Gymnasium Friedrich Schiller um 8 Uhr", "a school named after a person"),
        ("Atterriamo all'aeroporto Guglielmo Marconi alle 7.", "an airport named after a person"),
        ("Saluti, Paola dal Customer-Service-Team", "a team after a first name"),
        ("Rua Augusta e Avenida Almirante Reis, Lisboa", "streets with a Portuguese name"),
        ("Rechnungsadresse:\nMuster Treuhand GmbH\nDorfstrasse 5", "a company in an address block"),
        ("Empfänger: Stadtwerke Bern, Abteilung Inkasso", "a company as recipient"),
        ("Welcome Deutsche Bahn to the network!", "a company welcomed"),
        ("Please call Swiss Life back tomorrow", "a company called back"),
        ("Overboeken t.n.v. van der Meer graag", "a surname alone"),
        ("Maître Corbeau, sur un arbre perché", "a title and one name"),
        ("Danke Deutsche Bahn für nichts", "a company thanked"),
        ("Wer hat die Nummer von Swiss Life?", "a company's number"),
        ("Slavia Praha – Viktoria Plzeň 2:1", "a club named after its town"),
        ("Le CHU et l'Université Claude Bernard lancent un projet", "a university named after a person"),
        ("Partita IVA DE749853625 non trovata", "a VAT number is no IBAN"),
        ("Factuuradres: Bakkerij de Zon, Wilhelminastraat 98, 9711 GZ Groningen", "a business before an address"),
        ("-- New York Times, January 18, 1988", "a date is no address"),
        ("Carry Me Back To Old Virginia", "the English 'me' in a title"),
        ("Route:\n- Zürich → Bern Bümpliz\n- zurück", "places in an arrow list"),
        ("Tipp: Statt Wasser zum Kochen Fleischbrühe nehmen.", "nouns after 'statt' without a name before"),
        ("- Papa, posso uscire?\n- Zitto, Pierino, e mangia!", "a dialogue line, not a list item"),
        ("Ich bin Amerikaner, Süße.", "a noun and an address after 'ich bin'"),
        ("Ort: Hotel Krone, +41 44 123 45 67", "a hotel before its phone number"),
        ("Treffpunkt: Zürich Oerlikon, 044 123 45 67", "a place before a phone number"),
        ("Ort: Aula Magna, 12.03.1980", "a date is no phone number"),
        ("Team sync moved to 2pm, room Ben Nevis.", "a meeting room named after a mountain"),
        ("Jour fixe heute im Raum Marie Curie.", "a meeting room named after a person"),
        ("Zkouška přesunuta, posluchárna Jana Palacha.", "a lecture hall named after a person"),
        ("Navetta per lo stadio Diego Armando Maradona alle 18", "a stadium named after a person"),
        ("Vorlesung heute im Hörsaal Max Weber.", "a lecture hall named after a person"),
        ("Beitrag an NL04 AAKC 5775 2324 74 t.n.v. Hockeyclub De Uilen, vóór 31 januari", "a club as account holder"),
        ("Anmeldung Kita: Formular, geboren am 1.2.2023", "a verbal noun near a birth word"),
        ("Meeting points:\nMon: Victoria Station\nTue: Zürich Oerlikon", "places after labels"),
        ("Ort: Maria Alm", "a place after a place label"),
        ("Lieu : Saint Paul", "a place after a place label"),
        ("Name | Stadt\nBad Ragaz | Zürich Oerlikon", "places in a name column"),
        ("Ort;Zeit\nOyelaran Dabiri;10h", "a table without a name column"),
        ("přes záliv od San Franciska", "a saint's town with a surname ending"),
        ("Spolu s Vlčková Vlčková a.s. spouštíme projekt", "a firm named after two surnames"),
        ("Sokol Training fällt heute aus", "a club's name: the model reads 'Training' as a common word"),
        ("Omar Express liefert bis 22 Uhr", "a shop's name: the model reads 'Express' as a common word"),
        ("Georgia Tech a gagné le tournoi", "a university: 'Georgia' is a place"),
        ("Hong Kong Airlines vola di nuovo", "a city: 'Hong' starts a place"),
        ("Thai Massage ab 19 Uhr", "a cuisine or a service: 'Thai' is a nationality"),
        ("Mo: Oyelaran Dabiri", "a weekday line without a rota around it"),
        ("call for anna about the 2 x rays, +44 7523 796 413", "a first name, then a common word"),
        ("Ring her back: for amelia mcloone 2796 5540", "a post that starts with a capital"),
        ("hi for amelia mcloone, see you", "no number after the name"),
        ("Öffnungszeiten\nMo: Bad Ragaz\nDi: Sankt Gallen", "places in a weekday list"),
        ("Steuerliche Identifikationsnummer: 17222980341", "a label before its number"),
        ("Numero AVS del collaboratore: 756 1234 5678 97", "an acronym before the number"),
        ("Token Slack du bot : xoxp-1234567890-0987654321", "a number inside a token"),
        ("Frag Tendai Moyo bei Swisscom, Hotline 0800 800 800", "another party's name between"),
        ("Zürich, Bern: 044 123 45 67 oder 031 123 45 67", "towns before phone numbers"),
        ("Follow @swisscom (Swisscom Schweiz) for updates", "a company behind a handle"),
        ("• Google Drive (2 GB free)\n• Hotel Krone (3 nights)", "products and places as bulleted items"),
        ("Wit is the salt of talk.\n  -- Pier Vettori (1499-1585)", "a quotation's signature with years"),
        ("i dati di Rossi, Via Roma 5, 00100 Roma", "a surname and a street, no first name"),
        ("Was bleibt außer\nOstern, Pfingsten, Weihnachten, Geburtstag und Urlaub", "a list of holidays"),
        ("Helsinki, Finland, August 6, 1995 -- In a surprise move", "a dateline, not an address"),
        ("Agenda\nNext Steps: ship the beta\nOpen Issues: none", "title-case headings of minutes"),
        ("Offene Punkte: keine\nNächste Sitzung: Mai", "headings without a person"),
        ("Stand heute\nHotel Krone: Zimmer gebucht\nBad Ragaz: Bus bestellt", "places heading lines"),
        ("Treppe B. Schlüssel bei der Nachbarin", "a staircase letter, then a sentence"),
        ("scala B. Chiavi da portare domani", "a staircase letter, then a sentence"),
        ("Plan B. Danach gehen wir essen", "a letter ending a sentence"),
        ("Umfrage: BMW Group, SAP Concur, IBM Watson", "acronyms before product names"),
        ("Wir fahren nach Bern, Anna; du nach Basel, Peter.", "towns before addressed first names"),
        ("Preise: Salz, Pfeffer; Zucker, Mehl", "a shopping list joined by semicolons"),
        ("Bitte installiere den printer driver Canon Pixma.", "a device after a driver"),
        ("Das Gast WLAN Passwort kommt per Mail.", "a guest network, not a guest"),
        ("La chambre invité Grand Confort est prête.", "a room type after invité"),
        ("ping google dns again, the vpn is down", "a host after ping"),
        ("cc team lead und hr bitte lesen", "roles after cc, no first name"),
        ("Agenda:\nNext Steps: review the plan\nAction Items: send the mail", "headings, not speakers"),
        ("Fragt der Arzt: \"Was fehlt Ihnen?\"\nSagt der Frosch: \"Nichts.\"", "a joke's narration, not a transcript"),
        ("Preise: Apfel Strudel 5 €, Kaffee Crema 3 €", "dishes with prices, no first name"),
    ],
}];

const RULE: &str = "person_name";

/// What stands before a name, which decides how much it says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// "Frau", "Dr.", "Monsieur", "mevrouw".
    Honorific,
    /// Honorifics with other meanings ("M." an initial, "pan" a pan): need a
    /// listed first name.
    WeakHonorific,
    /// "Hallo", "Dear", "Gentile", "Dobrý den": need a listed first name.
    Greeting,
    /// "my name is", "ich heisse", "je m'appelle".
    Intro,
    /// "I am", "ich bin", "this is": need a listed first name.
    WeakIntro,
    /// "Name:", "Nom:", "Jméno:".
    NameLabel,
    /// "Kontakt:", "Referente:", "Kundin:": a name ending at punctuation or
    /// the line end counts without a listed first name.
    ContactLabel,
    /// A name or contact label without a colon ("Kontoinhaber", "titulaire",
    /// "Kundin"): a listed first name, or the name ends at punctuation or
    /// the line end.
    Role,
    /// "From:", "An:", "Cc:": need a listed first name.
    WeakLabel,
    /// "Teilnehmende:", "Attendees:", "Přítomni:": every item of the list
    /// after it ("Anna Muster, Peter Brunner und Lea Keller", "Seifert,
    /// Lea; Suter, Gazmend") that ends at a list separator.
    ListLabel,
    /// No trigger, but a birth or identity word ("geboren", "SVNR", "né(e)")
    /// in the same sentence close by, and the name ends at a boundary.
    NearData,
    /// "Best regards", "Mit freundlichen Grüssen", on the line before the
    /// name (or before it on the same line, with the name ending the line).
    Signoff,
}

/// Every trigger, lowercase.
const TRIGGERS: &[(&str, Kind)] = &[
    ("herr", Kind::Honorific),
    ("herrn", Kind::Honorific),
    ("frau", Kind::Honorific),
    ("hr.", Kind::Honorific),
    ("fr.", Kind::Honorific),
    ("dr.", Kind::Honorific),
    ("dr", Kind::Honorific),
    ("prof.", Kind::Honorific),
    ("prof", Kind::Honorific),
    ("pr", Kind::Honorific),
    ("pr.", Kind::Honorific),
    ("doc.", Kind::Honorific),
    ("rndr.", Kind::Honorific),
    ("med.", Kind::Honorific),
    ("dipl.-ing.", Kind::Honorific),
    ("mag.", Kind::Honorific),
    ("lic.", Kind::Honorific),
    ("mr", Kind::Honorific),
    ("mr.", Kind::Honorific),
    ("mrs", Kind::Honorific),
    ("mrs.", Kind::Honorific),
    ("ms", Kind::Honorific),
    ("ms.", Kind::Honorific),
    ("mx", Kind::Honorific),
    ("mx.", Kind::Honorific),
    ("miss", Kind::Honorific),
    ("monsieur", Kind::Honorific),
    ("madame", Kind::Honorific),
    ("mademoiselle", Kind::Honorific),
    ("mme", Kind::Honorific),
    ("mme.", Kind::Honorific),
    ("mlle", Kind::Honorific),
    ("mlle.", Kind::Honorific),
    ("signor", Kind::Honorific),
    ("signora", Kind::Honorific),
    ("signorina", Kind::Honorific),
    ("sig.", Kind::Honorific),
    ("sig.ra", Kind::Honorific),
    ("sig.na", Kind::Honorific),
    ("dott.", Kind::Honorific),
    ("dott.ssa", Kind::Honorific),
    ("avv.", Kind::Honorific),
    ("arch.", Kind::Honorific),
    ("meneer", Kind::Honorific),
    ("mevrouw", Kind::Honorific),
    ("dhr.", Kind::Honorific),
    ("mevr.", Kind::Honorific),
    ("drs.", Kind::Honorific),
    ("ir.", Kind::Honorific),
    ("paní", Kind::Honorific),
    ("slečna", Kind::Honorific),
    ("ing.", Kind::Honorific),
    ("mgr.", Kind::Honorific),
    ("bc.", Kind::Honorific),
    ("mudr.", Kind::Honorific),
    ("judr.", Kind::Honorific),
    ("phdr.", Kind::Honorific),
    ("bundesrat", Kind::Honorific),
    ("bundesrätin", Kind::Honorific),
    ("nationalrat", Kind::Honorific),
    ("nationalrätin", Kind::Honorific),
    ("ständerat", Kind::Honorific),
    ("ständerätin", Kind::Honorific),
    ("regierungsrat", Kind::Honorific),
    ("regierungsrätin", Kind::Honorific),
    ("stadtrat", Kind::Honorific),
    ("stadträtin", Kind::Honorific),
    ("gemeinderat", Kind::Honorific),
    ("gemeinderätin", Kind::Honorific),
    ("präsident", Kind::Honorific),
    ("präsidentin", Kind::Honorific),
    ("direktor", Kind::Honorific),
    ("direktorin", Kind::Honorific),
    ("minister", Kind::Honorific),
    ("ministerin", Kind::Honorific),
    ("bürgermeister", Kind::Honorific),
    ("bürgermeisterin", Kind::Honorific),
    ("professor", Kind::Honorific),
    ("professorin", Kind::Honorific),
    ("kollege", Kind::Honorific),
    ("kollegin", Kind::Honorific),
    ("president", Kind::Honorific),
    ("director", Kind::Honorific),
    ("senator", Kind::Honorific),
    ("mayor", Kind::Honorific),
    ("colleague", Kind::Honorific),
    ("président", Kind::Honorific),
    ("présidente", Kind::Honorific),
    ("directeur", Kind::Honorific),
    ("directrice", Kind::Honorific),
    ("ministre", Kind::Honorific),
    ("maire", Kind::Honorific),
    ("collègue", Kind::Honorific),
    ("presidente", Kind::Honorific),
    ("direttore", Kind::Honorific),
    ("direttrice", Kind::Honorific),
    ("ministro", Kind::Honorific),
    ("sindaco", Kind::Honorific),
    ("collega", Kind::Honorific),
    ("voorzitter", Kind::Honorific),
    ("burgemeester", Kind::Honorific),
    ("prezident", Kind::Honorific),
    ("prezidentka", Kind::Honorific),
    ("ředitel", Kind::Honorific),
    ("ředitelka", Kind::Honorific),
    ("ministr", Kind::Honorific),
    ("starosta", Kind::Honorific),
    ("kolega", Kind::Honorific),
    ("kolegyně", Kind::Honorific),
    ("heer", Kind::Honorific),
    ("de heer", Kind::Honorific),
    ("mw.", Kind::Honorific),
    ("doktor", Kind::Honorific),
    ("doctor", Kind::Honorific),
    ("docteur", Kind::Honorific),
    ("dottore", Kind::Honorific),
    ("dottoressa", Kind::Honorific),
    ("professore", Kind::Honorific),
    ("professoressa", Kind::Honorific),
    // A French lawyer's or notary's title: "Maître Alix Du Bois".
    ("maître", Kind::Honorific),
    ("maitre", Kind::Honorific),
    ("m.", Kind::WeakHonorific),
    ("pan", Kind::WeakHonorific),
    ("pane", Kind::WeakHonorific),
    ("sir", Kind::WeakHonorific),
    ("hallo", Kind::Greeting),
    ("hello", Kind::Greeting),
    ("hi", Kind::Greeting),
    ("hey", Kind::Greeting),
    ("dear", Kind::Greeting),
    ("liebe", Kind::Greeting),
    ("lieber", Kind::Greeting),
    ("sehr geehrte", Kind::Greeting),
    ("sehr geehrter", Kind::Greeting),
    ("guten tag", Kind::Greeting),
    ("guten morgen", Kind::Greeting),
    ("guten abend", Kind::Greeting),
    ("grüezi", Kind::Greeting),
    ("grüss gott", Kind::Greeting),
    ("grüß gott", Kind::Greeting),
    ("servus", Kind::Greeting),
    ("moin", Kind::Greeting),
    ("hoi", Kind::Greeting),
    ("salü", Kind::Greeting),
    ("willkommen", Kind::Greeting),
    ("bonjour", Kind::Greeting),
    ("bonsoir", Kind::Greeting),
    ("salut", Kind::Greeting),
    ("cher", Kind::Greeting),
    ("chère", Kind::Greeting),
    ("coucou", Kind::Greeting),
    ("bienvenue", Kind::Greeting),
    ("ciao", Kind::Greeting),
    ("buongiorno", Kind::Greeting),
    ("buonasera", Kind::Greeting),
    ("salve", Kind::Greeting),
    ("gentile", Kind::Greeting),
    ("gentilissimo", Kind::Greeting),
    ("gentilissima", Kind::Greeting),
    ("egregio", Kind::Greeting),
    ("egregia", Kind::Greeting),
    ("caro", Kind::Greeting),
    ("cara", Kind::Greeting),
    ("benvenuto", Kind::Greeting),
    ("benvenuta", Kind::Greeting),
    ("beste", Kind::Greeting),
    ("dag", Kind::Greeting),
    ("goedemorgen", Kind::Greeting),
    ("goedemiddag", Kind::Greeting),
    ("geachte", Kind::Greeting),
    ("lieve", Kind::Greeting),
    ("welkom", Kind::Greeting),
    ("dobrý den", Kind::Greeting),
    ("ahoj", Kind::Greeting),
    ("milý", Kind::Greeting),
    ("milá", Kind::Greeting),
    ("vážený", Kind::Greeting),
    ("vážená", Kind::Greeting),
    ("good morning", Kind::Greeting),
    ("good afternoon", Kind::Greeting),
    ("good evening", Kind::Greeting),
    ("welcome", Kind::Greeting),
    ("welkom aan", Kind::Greeting),
    ("bienvenue à", Kind::Greeting),
    ("benvenuto a", Kind::Greeting),
    ("benvenuta a", Kind::Greeting),
    ("my name is", Kind::Intro),
    ("my name's", Kind::Intro),
    ("mein name ist", Kind::Intro),
    ("ich heisse", Kind::Intro),
    ("ich heiße", Kind::Intro),
    ("je m'appelle", Kind::Intro),
    ("je m’appelle", Kind::Intro),
    ("mon nom est", Kind::Intro),
    ("je me nomme", Kind::Intro),
    ("mi chiamo", Kind::Intro),
    ("il mio nome è", Kind::Intro),
    ("ik heet", Kind::Intro),
    ("mijn naam is", Kind::Intro),
    ("jmenuji se", Kind::Intro),
    ("jmenuju se", Kind::Intro),
    ("moje jméno je", Kind::Intro),
    ("i am", Kind::WeakIntro),
    ("i'm", Kind::WeakIntro),
    ("i’m", Kind::WeakIntro),
    ("this is", Kind::WeakIntro),
    ("here is", Kind::WeakIntro),
    ("ich bin", Kind::WeakIntro),
    ("hier ist", Kind::WeakIntro),
    ("hier spricht", Kind::WeakIntro),
    ("je suis", Kind::WeakIntro),
    ("c'est", Kind::WeakIntro),
    ("c’est", Kind::WeakIntro),
    ("sono", Kind::WeakIntro),
    ("io sono", Kind::WeakIntro),
    ("ik ben", Kind::WeakIntro),
    ("jsem", Kind::WeakIntro),
    ("name", Kind::NameLabel),
    ("full name", Kind::NameLabel),
    ("your name", Kind::NameLabel),
    ("vollständiger name", Kind::NameLabel),
    ("vor- und nachname", Kind::NameLabel),
    ("vorname und name", Kind::NameLabel),
    ("vorname und nachname", Kind::NameLabel),
    ("nom", Kind::NameLabel),
    ("nom complet", Kind::NameLabel),
    ("nom et prénom", Kind::NameLabel),
    ("prénom et nom", Kind::NameLabel),
    ("nome", Kind::NameLabel),
    ("nome e cognome", Kind::NameLabel),
    ("nominativo", Kind::NameLabel),
    ("naam", Kind::NameLabel),
    ("volledige naam", Kind::NameLabel),
    ("jméno", Kind::NameLabel),
    ("jméno a příjmení", Kind::NameLabel),
    ("celé jméno", Kind::NameLabel),
    ("kontoinhaber", Kind::NameLabel),
    ("kontoinhaberin", Kind::NameLabel),
    ("account holder", Kind::NameLabel),
    ("titulaire", Kind::NameLabel),
    ("intestatario", Kind::NameLabel),
    // The holder a payment or document is made out to: "intestato a
    // Baresi, Eliana", "op naam van", "au nom de", "lautend auf".
    ("intestato a", Kind::NameLabel),
    ("intestata a", Kind::NameLabel),
    ("lautend auf", Kind::NameLabel),
    ("au nom de", Kind::NameLabel),
    ("op naam van", Kind::NameLabel),
    ("ten name van", Kind::NameLabel),
    ("na jméno", Kind::NameLabel),
    ("in the name of", Kind::NameLabel),
    // Whose phone number someone asks for: "wer hat die Nummer von Dörthe
    // Stroh?", "il numero di Xuân Nguyễn?". As role words: a listed first
    // name, or the name closes the clause. English "number of" counts
    // things, so it is left out; French "numéro de" only with the phone.
    ("nummer von", Kind::NameLabel),
    ("handynummer von", Kind::NameLabel),
    ("telefonnummer von", Kind::NameLabel),
    ("natelnummer von", Kind::NameLabel),
    ("il numero di", Kind::NameLabel),
    ("numero di cellulare di", Kind::NameLabel),
    ("numero di telefono di", Kind::NameLabel),
    ("numéro de téléphone de", Kind::NameLabel),
    ("numéro de portable de", Kind::NameLabel),
    ("het nummer van", Kind::NameLabel),
    ("telefoonnummer van", Kind::NameLabel),
    ("číslo na", Kind::NameLabel),
    // The owner of an account: "Duitse rekening van Mejía, Porfirio".
    ("konto von", Kind::NameLabel),
    ("compte de", Kind::NameLabel),
    ("conto di", Kind::NameLabel),
    ("rekening van", Kind::NameLabel),
    ("account of", Kind::NameLabel),
    ("rekeninghouder", Kind::NameLabel),
    ("majitel účtu", Kind::NameLabel),
    ("patient", Kind::NameLabel),
    ("patientin", Kind::NameLabel),
    ("paziente", Kind::NameLabel),
    ("pacient", Kind::NameLabel),
    ("patiente", Kind::NameLabel),
    ("patiënt", Kind::NameLabel),
    ("patiënte", Kind::NameLabel),
    ("pacientka", Kind::NameLabel),
    ("t.n.v.", Kind::Intro),
    ("z.hd.", Kind::Intro),
    ("z. hd.", Kind::Intro),
    ("à l'attention de", Kind::Intro),
    ("all'attenzione di", Kind::Intro),
    ("morning", Kind::Greeting),
    ("afternoon", Kind::Greeting),
    ("evening", Kind::Greeting),
    ("goedenavond", Kind::Greeting),
    ("bonne journée", Kind::Greeting),
    ("kontakt", Kind::ContactLabel),
    ("kontaktperson", Kind::ContactLabel),
    ("ansprechpartner", Kind::ContactLabel),
    ("ansprechpartnerin", Kind::ContactLabel),
    ("ansprechperson", Kind::ContactLabel),
    ("contact", Kind::ContactLabel),
    ("contact person", Kind::ContactLabel),
    ("personne de contact", Kind::ContactLabel),
    ("interlocuteur", Kind::ContactLabel),
    ("referente", Kind::ContactLabel),
    ("contatto", Kind::ContactLabel),
    ("contactpersoon", Kind::ContactLabel),
    ("kontaktní osoba", Kind::ContactLabel),
    ("kontakt für rückfragen", Kind::ContactLabel),
    ("ansprechpartner/in", Kind::ContactLabel),
    ("contact for questions", Kind::ContactLabel),
    ("persona di contatto", Kind::ContactLabel),
    ("teilnehmende", Kind::ListLabel),
    ("teilnehmer", Kind::ListLabel),
    ("teilnehmerinnen", Kind::ListLabel),
    ("anwesend", Kind::ListLabel),
    ("anwesende", Kind::ListLabel),
    ("entschuldigt", Kind::ListLabel),
    ("participants", Kind::ListLabel),
    ("attendees", Kind::ListLabel),
    ("present", Kind::ListLabel),
    ("apologies", Kind::ListLabel),
    ("présents", Kind::ListLabel),
    ("présentes", Kind::ListLabel),
    ("liste de présence", Kind::ListLabel),
    ("excusés", Kind::ListLabel),
    ("presenti", Kind::ListLabel),
    ("partecipanti", Kind::ListLabel),
    ("assenti", Kind::ListLabel),
    ("aanwezig", Kind::ListLabel),
    ("aanwezigen", Kind::ListLabel),
    ("deelnemers", Kind::ListLabel),
    ("afwezig", Kind::ListLabel),
    ("přítomni", Kind::ListLabel),
    ("přítomny", Kind::ListLabel),
    ("účastníci", Kind::ListLabel),
    ("omluveni", Kind::ListLabel),
    ("prezenční listina", Kind::ListLabel),
    ("anwesenheitsliste", Kind::ListLabel),
    ("attendance list", Kind::ListLabel),
    ("lista presenze", Kind::ListLabel),
    ("presenze", Kind::ListLabel),
    ("presentielijst", Kind::ListLabel),
    ("aanwezigheidslijst", Kind::ListLabel),
    ("from", Kind::WeakLabel),
    ("von", Kind::WeakLabel),
    // Sender and recipient of a letter or parcel, a person or a company:
    // like a contact label, the name must end at punctuation.
    ("absender", Kind::ContactLabel),
    ("absenderin", Kind::ContactLabel),
    ("empfänger", Kind::ContactLabel),
    ("empfängerin", Kind::ContactLabel),
    ("expéditeur", Kind::ContactLabel),
    ("expéditrice", Kind::ContactLabel),
    ("destinataire", Kind::ContactLabel),
    ("mittente", Kind::ContactLabel),
    ("destinatario", Kind::ContactLabel),
    ("destinataria", Kind::ContactLabel),
    ("afzender", Kind::ContactLabel),
    ("ontvanger", Kind::ContactLabel),
    ("geadresseerde", Kind::ContactLabel),
    ("odesílatel", Kind::ContactLabel),
    ("příjemce", Kind::ContactLabel),
    ("adresát", Kind::ContactLabel),
    ("sender", Kind::ContactLabel),
    ("recipient", Kind::ContactLabel),
    ("addressee", Kind::ContactLabel),
    // A new member of the team, announced: "Neue Teamkollegin: …",
    // "Nuovo compagno di squadra: …", "New team member: …".
    ("teamkollege", Kind::ContactLabel),
    ("teamkollegin", Kind::ContactLabel),
    ("coéquipier", Kind::ContactLabel),
    ("coéquipière", Kind::ContactLabel),
    ("compagno di squadra", Kind::ContactLabel),
    ("compagna di squadra", Kind::ContactLabel),
    ("teamgenoot", Kind::ContactLabel),
    ("teamlid", Kind::ContactLabel),
    ("člen týmu", Kind::ContactLabel),
    ("členka týmu", Kind::ContactLabel),
    ("teammate", Kind::ContactLabel),
    ("team member", Kind::ContactLabel),
    ("an", Kind::WeakLabel),
    ("to", Kind::WeakLabel),
    ("cc", Kind::WeakLabel),
    ("kunde", Kind::ContactLabel),
    ("kundin", Kind::ContactLabel),
    ("client", Kind::ContactLabel),
    ("cliente", Kind::ContactLabel),
    ("klant", Kind::ContactLabel),
    ("zákazník", Kind::ContactLabel),
    ("customer", Kind::ContactLabel),
    ("mitarbeiter", Kind::ContactLabel),
    ("mitarbeiterin", Kind::ContactLabel),
    ("employee", Kind::ContactLabel),
    ("autor", Kind::ContactLabel),
    ("author", Kind::ContactLabel),
    ("auteur", Kind::ContactLabel),
    ("autore", Kind::ContactLabel),
    ("best regards", Kind::Signoff),
    ("kind regards", Kind::Signoff),
    ("warm regards", Kind::Signoff),
    ("regards", Kind::Signoff),
    ("best wishes", Kind::Signoff),
    ("all the best", Kind::Signoff),
    ("best", Kind::Signoff),
    ("cheers", Kind::Signoff),
    ("thanks", Kind::Signoff),
    ("thank you", Kind::Signoff),
    ("many thanks", Kind::Signoff),
    ("sincerely", Kind::Signoff),
    ("yours sincerely", Kind::Signoff),
    ("yours truly", Kind::Signoff),
    ("yours faithfully", Kind::Signoff),
    ("mit freundlichen grüssen", Kind::Signoff),
    ("mit freundlichen grüßen", Kind::Signoff),
    ("mit freundlichem gruss", Kind::Signoff),
    ("mit freundlichem gruß", Kind::Signoff),
    ("freundliche grüsse", Kind::Signoff),
    ("freundliche grüße", Kind::Signoff),
    ("beste grüsse", Kind::Signoff),
    ("beste grüße", Kind::Signoff),
    ("viele grüsse", Kind::Signoff),
    ("viele grüße", Kind::Signoff),
    ("liebe grüsse", Kind::Signoff),
    ("liebe grüße", Kind::Signoff),
    ("herzliche grüsse", Kind::Signoff),
    ("herzliche grüße", Kind::Signoff),
    ("grüsse", Kind::Signoff),
    ("grüße", Kind::Signoff),
    ("gruss", Kind::Signoff),
    ("gruß", Kind::Signoff),
    ("lg", Kind::Signoff),
    ("vg", Kind::Signoff),
    ("mfg", Kind::Signoff),
    ("danke", Kind::Signoff),
    ("vielen dank", Kind::Signoff),
    ("besten dank", Kind::Signoff),
    ("cordialement", Kind::Signoff),
    ("bien cordialement", Kind::Signoff),
    ("bien à vous", Kind::Signoff),
    ("salutations", Kind::Signoff),
    ("meilleures salutations", Kind::Signoff),
    ("sincères salutations", Kind::Signoff),
    ("amicalement", Kind::Signoff),
    ("merci", Kind::Signoff),
    ("cordiali saluti", Kind::Signoff),
    ("distinti saluti", Kind::Signoff),
    ("saluti", Kind::Signoff),
    ("un saluto", Kind::Signoff),
    ("un caro saluto", Kind::Signoff),
    ("grazie", Kind::Signoff),
    ("a presto", Kind::Signoff),
    ("met vriendelijke groet", Kind::Signoff),
    ("met vriendelijke groeten", Kind::Signoff),
    ("vriendelijke groet", Kind::Signoff),
    ("vriendelijke groeten", Kind::Signoff),
    ("hartelijke groet", Kind::Signoff),
    ("hartelijke groeten", Kind::Signoff),
    ("groeten", Kind::Signoff),
    ("groetjes", Kind::Signoff),
    ("bedankt", Kind::Signoff),
    ("s pozdravem", Kind::Signoff),
    ("se srdečným pozdravem", Kind::Signoff),
    ("s přátelským pozdravem", Kind::Signoff),
    ("srdečně", Kind::Signoff),
    ("děkuji", Kind::Signoff),
    ("díky", Kind::Signoff),
    ("grazie mille", Kind::Signoff),
    ("merci beaucoup", Kind::Signoff),
    ("dank je", Kind::Signoff),
    ("dank je wel", Kind::Signoff),
    ("dank u", Kind::Signoff),
    ("dank u wel", Kind::Signoff),
    ("call", Kind::WeakIntro),
    ("grant", Kind::WeakIntro),
    ("ring", Kind::WeakIntro),
    ("anrufen", Kind::WeakIntro),
    ("rappeler", Kind::WeakIntro),
    ("appeler", Kind::WeakIntro),
    ("richiamare", Kind::WeakIntro),
    ("chiamare", Kind::WeakIntro),
    ("terugbellen", Kind::WeakIntro),
    ("bellen", Kind::WeakIntro),
    ("volal", Kind::WeakIntro),
    ("volala", Kind::WeakIntro),
    ("zavolej", Kind::WeakIntro),
    ("zavolejte", Kind::WeakIntro),
    ("with", Kind::WeakIntro),
    ("mit", Kind::WeakIntro),
    ("avec", Kind::WeakIntro),
    ("con", Kind::WeakIntro),
    ("met", Kind::WeakIntro),
    // Whom to ask: "Chiedi a …", "Demande à …", "Frag …", "Ask …": a
    // listed first name, or the name closes the clause.
    ("frag", Kind::Role),
    ("frage", Kind::Role),
    ("fragen sie", Kind::Role),
    ("demande à", Kind::Role),
    ("demandez à", Kind::Role),
    ("demander à", Kind::Role),
    ("chiedi a", Kind::Role),
    ("chiedete a", Kind::Role),
    ("chiedere a", Kind::Role),
    ("vraag het aan", Kind::Role),
    ("vraag aan", Kind::Role),
    ("zeptej se", Kind::Role),
    ("zeptejte se", Kind::Role),
    ("ask", Kind::Role),
    // Who takes a task over in a handover: "… übernimmt Anna Muster",
    // "handled by …", "assigned to …".
    ("übernimmt", Kind::Role),
    ("vertreten durch", Kind::Role),
    ("reprend", Kind::Role),
    ("repris par", Kind::Role),
    ("reprise par", Kind::Role),
    ("géré par", Kind::Role),
    ("gérée par", Kind::Role),
    ("subentra", Kind::Role),
    ("gestito da", Kind::Role),
    ("gestita da", Kind::Role),
    ("overgenomen door", Kind::Role),
    ("toegewezen aan", Kind::Role),
    ("přebírá", Kind::Role),
    ("převezme", Kind::Role),
    ("zastupuje", Kind::Role),
    ("handled by", Kind::Role),
    ("covered by", Kind::Role),
    ("taken over by", Kind::Role),
    ("assigned to", Kind::Role),
    // Who holds a ticket or case: "Ticket liegt bei …", "ticket is with …",
    // "attribué à …", "ligt bij …", "Tiket má …"; the name closes the clause.
    ("liegt bei", Kind::Role),
    ("zugewiesen an", Kind::Role),
    ("is with", Kind::Role),
    ("sits with", Kind::Role),
    ("attribué à", Kind::Role),
    ("attribuée à", Kind::Role),
    ("assigné à", Kind::Role),
    ("assegnato a", Kind::Role),
    ("assegnata a", Kind::Role),
    ("affidato a", Kind::Role),
    ("ligt bij", Kind::Role),
    ("tiket má", Kind::Role),
    ("ticket má", Kind::Role),
    ("přiděleno", Kind::Role),
    // A newcomer joins: "Ab 1. April verstärkt Anna Muster unser Team".
    ("verstärkt", Kind::Role),
    ("verstärken", Kind::Role),
    ("versterkt", Kind::Role),
    ("renforce", Kind::Role),
    ("rafforza", Kind::Role),
    ("posílí", Kind::Role),
    // Whose customers, papers or passport: "die Kunden von …", "MRZ aus dem
    // Pass von …", "les clients de …", "i clienti di …".
    ("kunden von", Kind::Role),
    ("kundinnen von", Kind::Role),
    ("pass von", Kind::Role),
    ("ausweis von", Kind::Role),
    ("unterlagen von", Kind::Role),
    ("clients de", Kind::Role),
    ("passeport de", Kind::Role),
    ("clienti di", Kind::Role),
    ("passaporto di", Kind::Role),
    ("klanten van", Kind::Role),
    ("paspoort van", Kind::Role),
    ("customers of", Kind::Role),
    ("clients of", Kind::Role),
    ("passport of", Kind::Role),
    ("klienty", Kind::Role),
    ("zákazníky", Kind::Role),
    // Where feedback goes: "Rückmeldungen an … bis Mittwoch", "Comments to
    // … by Wednesday", "Commenti a … entro mercoledì".
    ("rückmeldungen an", Kind::Role),
    ("rückmeldung an", Kind::Role),
    ("feedback an", Kind::Role),
    ("feedback to", Kind::Role),
    ("comments to", Kind::Role),
    ("replies to", Kind::Role),
    ("commentaires à", Kind::Role),
    ("retours à", Kind::Role),
    ("commenti a", Kind::Role),
    ("riscontri a", Kind::Role),
    ("reacties aan", Kind::Role),
    ("feedback aan", Kind::Role),
    ("připomínky", Kind::Role),
    // Nouns for the people a service deals with, right before a name:
    // residents, employees, guests, drivers, substitutes, sellers and
    // consignors, tenants ("Anwohner …", "ospite …", "invaller …"). Not
    // English "driver" and "host" (or Czech "host", a guest): software and
    // machines have them too ("printer driver Canon Pixma").
    ("anwohner", Kind::Role),
    ("anwohnerin", Kind::Role),
    ("bewohner", Kind::Role),
    ("bewohnerin", Kind::Role),
    ("dienstnehmer", Kind::Role),
    ("dienstnehmerin", Kind::Role),
    ("arbeitnehmer", Kind::Role),
    ("arbeitnehmerin", Kind::Role),
    ("gast", Kind::Role),
    ("fahrer", Kind::Role),
    ("fahrerin", Kind::Role),
    ("einlieferer", Kind::Role),
    ("einliefererin", Kind::Role),
    ("verkäufer", Kind::Role),
    ("verkäuferin", Kind::Role),
    ("mieter", Kind::Role),
    ("mieterin", Kind::Role),
    ("mandant", Kind::Role),
    ("mandantin", Kind::Role),
    ("résident", Kind::Role),
    ("résidente", Kind::Role),
    ("riverain", Kind::Role),
    ("riveraine", Kind::Role),
    ("salarié", Kind::Role),
    ("salariée", Kind::Role),
    ("employé", Kind::Role),
    ("employée", Kind::Role),
    ("invité", Kind::Role),
    ("invitée", Kind::Role),
    ("chauffeur", Kind::Role),
    ("remplaçant", Kind::Role),
    ("remplaçante", Kind::Role),
    ("vendeur", Kind::Role),
    ("vendeuse", Kind::Role),
    ("locataire", Kind::Role),
    ("residente", Kind::Role),
    ("dipendente", Kind::Role),
    ("ospite", Kind::Role),
    ("autista", Kind::Role),
    ("sostituto", Kind::Role),
    ("sostituta", Kind::Role),
    ("venditore", Kind::Role),
    ("venditrice", Kind::Role),
    ("inquilino", Kind::Role),
    ("inquilina", Kind::Role),
    ("mandante", Kind::Role),
    ("bewoner", Kind::Role),
    ("bewoonster", Kind::Role),
    ("werknemer", Kind::Role),
    ("medewerker", Kind::Role),
    ("medewerkster", Kind::Role),
    ("invaller", Kind::Role),
    ("inbrenger", Kind::Role),
    ("verkoper", Kind::Role),
    ("verkoopster", Kind::Role),
    ("huurder", Kind::Role),
    ("obyvatel", Kind::Role),
    ("obyvatelka", Kind::Role),
    ("zaměstnanec", Kind::Role),
    ("zaměstnankyně", Kind::Role),
    ("řidič", Kind::Role),
    ("řidička", Kind::Role),
    ("prodávající", Kind::Role),
    ("nájemník", Kind::Role),
    ("nájemnice", Kind::Role),
    ("resident", Kind::Role),
    ("guest", Kind::Role),
    ("substitute", Kind::Role),
    ("consignor", Kind::Role),
    ("seller", Kind::Role),
    ("tenant", Kind::Role),
    // Whose card, account or passport: the holder ("Inhaberin …", "majitel
    // …", "cestující …").
    ("inhaber", Kind::NameLabel),
    ("inhaberin", Kind::NameLabel),
    ("owner", Kind::NameLabel),
    // The owner of a pet, a car or a flat: "Propriétaire Georges, Manuel",
    // "Proprietario …", "Eigenaar …", "Halterin …".
    ("besitzer", Kind::NameLabel),
    ("besitzerin", Kind::NameLabel),
    ("halter", Kind::NameLabel),
    ("halterin", Kind::NameLabel),
    ("propriétaire", Kind::NameLabel),
    ("proprietario", Kind::NameLabel),
    ("proprietaria", Kind::NameLabel),
    ("eigenaar", Kind::NameLabel),
    ("eigenares", Kind::NameLabel),
    // Who handles a case at an office: "die zuständige Sachbearbeiterin …".
    ("sachbearbeiter", Kind::NameLabel),
    ("sachbearbeiterin", Kind::NameLabel),
    ("case worker", Kind::NameLabel),
    ("caseworker", Kind::NameLabel),
    ("case handler", Kind::NameLabel),
    ("behandelaar", Kind::NameLabel),
    ("houder", Kind::NameLabel),
    ("majitel", Kind::NameLabel),
    ("majitelka", Kind::NameLabel),
    ("cestující", Kind::NameLabel),
    ("passenger", Kind::NameLabel),
    ("passager", Kind::NameLabel),
    ("passagère", Kind::NameLabel),
    ("passeggero", Kind::NameLabel),
    ("passeggera", Kind::NameLabel),
    ("passagier", Kind::NameLabel),
    ("fluggast", Kind::NameLabel),
    // Thanked or congratulated: "Grazie a …", "Dank aan …", "Merci à …",
    // "Thanks to …", "Complimenti a …"; a listed first name, or the name
    // ends at punctuation or a conjunction ("… e …").
    ("danke an", Kind::Role),
    ("dank an", Kind::Role),
    ("glückwunsch an", Kind::Role),
    ("gratulation an", Kind::Role),
    ("merci à", Kind::Role),
    ("félicitations à", Kind::Role),
    ("grazie a", Kind::Role),
    ("grazie mille a", Kind::Role),
    ("complimenti a", Kind::Role),
    ("congratulazioni a", Kind::Role),
    ("dank aan", Kind::Role),
    ("bedankt aan", Kind::Role),
    ("gefeliciteerd", Kind::Role),
    ("poděkování", Kind::Role),
    ("gratulujeme", Kind::Role),
    ("thanks to", Kind::Role),
    ("thank you to", Kind::Role),
    ("congratulations to", Kind::Role),
    ("congrats to", Kind::Role),
    // The name on a payment card: "name on card …", "Karteninhaberin …".
    ("name on card", Kind::NameLabel),
    ("name on the card", Kind::NameLabel),
    ("name auf der karte", Kind::NameLabel),
    ("nom sur la carte", Kind::NameLabel),
    ("nome sulla carta", Kind::NameLabel),
    ("naam op de kaart", Kind::NameLabel),
    ("jméno na kartě", Kind::NameLabel),
    ("cardholder", Kind::NameLabel),
    ("card holder", Kind::NameLabel),
    ("karteninhaber", Kind::NameLabel),
    ("karteninhaberin", Kind::NameLabel),
    ("titulaire de la carte", Kind::NameLabel),
    ("titolare della carta", Kind::NameLabel),
    ("titolare", Kind::NameLabel),
    ("kaarthouder", Kind::NameLabel),
    ("držitel karty", Kind::NameLabel),
    ("držitelka karty", Kind::NameLabel),
    // A newcomer announced: "Neu im Team: …", "New on the team: …".
    ("neu im team", Kind::NameLabel),
    ("neu bei uns", Kind::NameLabel),
    ("new on the team", Kind::NameLabel),
    ("new to the team", Kind::NameLabel),
    ("new in the team", Kind::NameLabel),
    ("nouveau dans l'équipe", Kind::NameLabel),
    ("nouvelle dans l'équipe", Kind::NameLabel),
    ("nuovo nel team", Kind::NameLabel),
    ("nuova nel team", Kind::NameLabel),
    ("nieuw in het team", Kind::NameLabel),
    ("nový v týmu", Kind::NameLabel),
    ("nová v týmu", Kind::NameLabel),
    // Blind copies are lists of people too ("bcc Anna Muster, …").
    ("bcc", Kind::WeakLabel),
    // Who books, who interprets, who stands godparent, who lives next
    // door: role words whose holder is a person ("Dolmetscherin: …",
    // "Demandeur : …", "madrina …", "beim Nachbarn …").
    ("dolmetscher", Kind::ContactLabel),
    ("dolmetscherin", Kind::ContactLabel),
    ("auftraggeber", Kind::ContactLabel),
    ("auftraggeberin", Kind::ContactLabel),
    ("antragsteller", Kind::ContactLabel),
    ("antragstellerin", Kind::ContactLabel),
    ("demandeur", Kind::ContactLabel),
    ("demandeuse", Kind::ContactLabel),
    ("requérant", Kind::ContactLabel),
    ("requérante", Kind::ContactLabel),
    ("richiedente", Kind::ContactLabel),
    ("aanvrager", Kind::ContactLabel),
    ("aanvraagster", Kind::ContactLabel),
    ("žadatel", Kind::ContactLabel),
    ("žadatelka", Kind::ContactLabel),
    ("requester", Kind::ContactLabel),
    ("applicant", Kind::ContactLabel),
    ("requested by", Kind::Role),
    ("angefragt von", Kind::Role),
    ("demandé par", Kind::Role),
    ("richiesto da", Kind::Role),
    ("aangevraagd door", Kind::Role),
    ("objednal", Kind::Role),
    ("objednala", Kind::Role),
    ("parrain", Kind::ContactLabel),
    ("marraine", Kind::ContactLabel),
    ("padrino", Kind::ContactLabel),
    ("madrina", Kind::ContactLabel),
    ("godfather", Kind::ContactLabel),
    ("godmother", Kind::ContactLabel),
    ("kmotr", Kind::ContactLabel),
    ("kmotra", Kind::ContactLabel),
    ("nachbar", Kind::ContactLabel),
    ("nachbarin", Kind::ContactLabel),
    ("nachbarn", Kind::ContactLabel),
    ("neighbour", Kind::ContactLabel),
    ("neighbor", Kind::ContactLabel),
    ("voisin", Kind::ContactLabel),
    ("voisine", Kind::ContactLabel),
    ("vicino", Kind::ContactLabel),
    ("vicina", Kind::ContactLabel),
    ("buurman", Kind::ContactLabel),
    ("buurvrouw", Kind::ContactLabel),
    ("soused", Kind::ContactLabel),
    ("sousedka", Kind::ContactLabel),
    ("sousedce", Kind::ContactLabel),
    // "Me" is a French lawyer's or notary's title (Maître), written so;
    // as an English word in a title ("Carry Me Back"), it needs a listed
    // first name after it.
    ("me", Kind::WeakHonorific),
];

/// Particles inside a name: "von Arx", "van der Berg", "de la Fontaine", and
/// the Irish "Ó", "Ní", "Mac" ("Máire Ní Bhriain", "Seán Ó Sé").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "d'", "da", "dal", "de", "degli", "dei", "del", "della", "den", "der", "des", "di", "do",
    "dos", "du", "la", "le", "mac", "mhic", "nic", "ní", "ten", "ter", "uí", "van", "vom", "von",
    "zu", "zum", "zur", "ó",
];

/// Frequent capitalised words that are not names, per language: sentence
/// starters, pronouns, German nouns met after greetings, addressees of
/// everyone, honorifics and the words of greetings and sign-offs.
#[rustfmt::skip]
const NOT_NAMES: PackedWords = PackedWords(concat!(
    "ab\n", "abend\n", "aber\n", "abteilung\n", "achtung\n", "ag\n", "airlines\n", "airways\n",
    "alle\n", "allemaal\n", "alles\n", "also\n", "am\n", "amazon\n", "amici\n", "amis\n", "an\n",
    "anbei\n", "and\n", "ano\n", "antwort\n", "app\n", "apple\n", "arch\n", "are\n",
    "assicurazioni\n", "assistant\n", "assistenza\n", "assurance\n", "assurances\n", "auch\n",
    "auf\n", "aus\n", "avenue\n", "avv\n", "bad\n", "bahn\n", "bahnhof\n", "banca\n", "bank\n",
    "banka\n", "banque\n", "bau\n", "bc\n", "bedankt\n", "bei\n", "beiliegend\n", "bella\n",
    "bello\n", "best\n", "beste\n", "besten\n", "bien\n", "bitte\n", "board\n", "bon\n",
    "bonjour\n", "bonne\n", "bot\n", "bundesrat\n", "bundesrätin\n", "buon\n", "buona\n",
    "buongiorno\n", "burgemeester\n", "business\n", "but\n", "bv\n", "bürgermeister\n",
    "bürgermeisterin\n", "büro\n", "can\n", "cara\n", "caro\n", "ce\n", "center\n", "centre\n",
    "cette\n", "chat\n", "cheers\n", "cher\n", "chers\n", "chère\n", "chères\n", "ciao\n",
    "client\n", "cliente\n", "clienti\n", "cloud\n", "club\n", "co\n", "colleague\n",
    "colleagues\n", "collega\n", "colleghi\n", "collègue\n", "collègues\n", "com\n", "come\n",
    "comment\n", "committee\n", "company\n", "consulting\n", "contact\n", "cordialement\n",
    "cordiali\n", "could\n", "customer\n", "customers\n", "da\n", "daar\n", "dag\n", "damen\n",
    "dames\n", "dank\n", "danke\n", "dans\n", "das\n", "dass\n", "data\n", "date\n", "datum\n",
    "de\n", "dear\n", "dein\n", "deine\n", "deinem\n", "deinen\n", "deiner\n", "deines\n", "del\n",
    "della\n", "dem\n", "den\n", "department\n", "der\n", "des\n", "deutsche\n", "dhr\n", "die\n",
    "dienstort\n", "dies\n", "diese\n", "digital\n", "dipl\n", "directeur\n", "director\n",
    "directrice\n", "direktor\n", "direktorin\n", "direttore\n", "direttrice\n", "distinti\n",
    "dnes\n", "do\n", "dobrá\n", "dobré\n", "dobrý\n", "docteur\n", "doctor\n", "does\n",
    "doktor\n", "domani\n", "donnerstag\n", "dort\n", "dott\n", "dottore\n", "dottoressa\n", "dr\n",
    "drs\n", "du\n", "díky\n", "děkujeme\n", "děkuji\n", "ecco\n", "een\n", "egregio\n", "ein\n",
    "eine\n", "einen\n", "einer\n", "elle\n", "eltern\n", "en\n", "energie\n", "er\n", "es\n",
    "et\n", "euch\n", "euer\n", "eure\n", "eurem\n", "euren\n", "eurer\n", "eures\n", "everyone\n",
    "express\n", "facebook\n", "folks\n", "for\n", "foundation\n", "fr\n", "frage\n", "français\n",
    "française\n", "frau\n", "freitag\n", "freunde\n", "freundliche\n", "freundlichen\n",
    "friday\n", "friends\n", "frohe\n", "from\n", "für\n", "gbr\n", "geachte\n", "geehrte\n",
    "geehrter\n", "gemeente\n", "gemeinde\n", "gemeinderat\n", "gemeinderätin\n", "genitori\n",
    "gentile\n", "gerne\n", "gestern\n", "gisteren\n", "gli\n", "gmbh\n", "goed\n", "goede\n",
    "good\n", "google\n", "grazie\n", "great\n", "groet\n", "groeten\n", "group\n", "gruppe\n",
    "gruss\n", "gruß\n", "grüezi\n", "grüsse\n", "grüße\n", "gute\n", "guten\n", "guys\n",
    "hallo\n", "happy\n", "hartelijke\n", "has\n", "have\n", "heer\n", "hello\n", "helpdesk\n",
    "her\n", "here\n", "herr\n", "herren\n", "herrn\n", "het\n", "heute\n", "hey\n", "hi\n",
    "hier\n", "his\n", "hoi\n", "holding\n", "hope\n", "hospital\n", "hotel\n", "hotline\n",
    "how\n", "hr\n", "i'm\n", "ich\n", "ici\n", "iedereen\n", "ieri\n", "if\n", "ihnen\n", "ihr\n",
    "ihre\n", "ihrem\n", "ihren\n", "ihrer\n", "ihres\n", "ikea\n", "il\n", "im\n", "immobilien\n",
    "in\n", "inc\n", "info\n", "ing\n", "international\n", "io\n", "ir\n", "is\n", "ist\n", "it\n",
    "italiana\n", "italiano\n", "its\n", "i’m\n", "ja\n", "jak\n", "je\n", "jetzt\n", "jij\n",
    "jméno\n", "judr\n", "just\n", "kann\n", "kannst\n", "kanton\n", "kasse\n", "kein\n", "keine\n",
    "kg\n", "kind\n", "klant\n", "klanten\n", "klantenservice\n", "klinik\n", "kolega\n",
    "kolegové\n", "kolegyně\n", "kollege\n", "kollegen\n", "kollegin\n", "kolleginnen\n",
    "kontakt\n", "krankenkasse\n", "kunde\n", "kunden\n", "kundendienst\n", "kundenservice\n",
    "kundin\n", "kundinnen\n", "können\n", "könnten\n", "könntest\n", "la\n", "lady\n", "le\n",
    "leden\n", "leider\n", "les\n", "let\n", "leute\n", "lg\n", "lic\n", "liebe\n", "lieber\n",
    "lieve\n", "llc\n", "logistik\n", "ltd\n", "lui\n", "ma\n", "mada\n", "madam\n", "madame\n",
    "mademoiselle\n", "mag\n", "maire\n", "mais\n", "management\n", "manager\n", "many\n", "maps\n",
    "marketing\n", "mayor\n", "me\n", "med\n", "media\n", "meilleures\n", "mein\n", "meine\n",
    "meinem\n", "meinen\n", "meiner\n", "meines\n", "members\n", "membres\n", "membri\n",
    "meneer\n", "merci\n", "mesdames\n", "messieurs\n", "met\n", "meta\n", "mevr\n", "mevrouw\n",
    "mfg\n", "mgr\n", "microsoft\n", "mijn\n", "minister\n", "ministerin\n", "ministr\n",
    "ministre\n", "ministro\n", "miss\n", "mister\n", "mit\n", "mitarbeitende\n", "mitglieder\n",
    "mittwoch\n", "mlle\n", "mme\n", "mobile\n", "mon\n", "monday\n", "monsieur\n", "montag\n",
    "morgen\n", "morning\n", "mr\n", "mrs\n", "ms\n", "mudr\n", "mx\n", "my\n", "na\n", "naam\n",
    "naar\n", "nach\n", "nachbarn\n", "name\n", "nationalrat\n", "nationalrätin\n", "nederlandse\n",
    "nee\n", "neighbors\n", "neighbours\n", "netflix\n", "neue\n", "neuen\n", "new\n", "news\n",
    "nicht\n", "no\n", "nom\n", "nome\n", "non\n", "notre\n", "nous\n", "nun\n", "nur\n", "o\n",
    "och\n", "oder\n", "office\n", "oggi\n", "ok\n", "okay\n", "om\n", "online\n", "onze\n", "op\n",
    "or\n", "order\n", "ou\n", "ouders\n", "our\n", "pan\n", "pane\n", "paní\n", "par\n",
    "parents\n", "pas\n", "paypal\n", "per\n", "personal\n", "pharma\n", "phdr\n", "platz\n",
    "plc\n", "please\n", "podpora\n", "pojišťovna\n", "post\n", "posta\n", "poste\n", "pour\n",
    "pozdravem\n", "pošta\n", "praxis\n", "president\n", "presidente\n", "prezident\n",
    "prezidentka\n", "prof\n", "professor\n", "professore\n", "professoressa\n", "professorin\n",
    "prosím\n", "präsident\n", "präsidentin\n", "président\n", "présidente\n", "qui\n", "quoi\n",
    "re\n", "regards\n", "regierungsrat\n", "regierungsrätin\n", "restaurant\n", "road\n",
    "rodiče\n", "rue\n", "rückfragen\n", "sa\n", "saint\n", "sainte\n", "sales\n", "salut\n",
    "salutations\n", "saluti\n", "samstag\n", "sankt\n", "santa\n", "sbb\n", "school\n", "schule\n",
    "schweizer\n", "schön\n", "schöne\n", "se\n", "sehr\n", "sein\n", "seine\n", "senator\n",
    "service\n", "services\n", "servizio\n", "shop\n", "sie\n", "sig\n", "signor\n", "signora\n",
    "signore\n", "signori\n", "signorina\n", "sincerely\n", "sindaco\n", "sint\n", "sir\n",
    "slečna\n", "so\n", "solutions\n", "sono\n", "sorry\n", "spa\n", "sparkasse\n", "spital\n",
    "spotify\n", "spořitelna\n", "srl\n", "sro\n", "stadt\n", "stadtrat\n", "stadträtin\n",
    "stadtwerke\n", "standort\n", "starosta\n", "stiftung\n", "store\n", "strasse\n", "straße\n",
    "street\n", "ständerat\n", "ständerätin\n", "super\n", "support\n", "swiss\n", "swisscom\n",
    "systems\n", "tag\n", "team\n", "teams\n", "teilnehmende\n", "teilnehmer\n", "telekom\n",
    "thank\n", "thanks\n", "that\n", "the\n", "their\n", "then\n", "there\n", "these\n", "they\n",
    "this\n", "those\n", "toll\n", "tous\n", "toutes\n", "tutti\n", "tým\n", "u\n", "ug\n", "um\n",
    "und\n", "universita\n", "university\n", "universität\n", "université\n", "unser\n", "unsere\n",
    "unserem\n", "unseren\n", "unserer\n", "unseres\n", "uw\n", "van\n", "vandaag\n", "verein\n",
    "verkehr\n", "versand\n", "versicherung\n", "vertrieb\n", "verzekeringen\n", "vg\n", "via\n",
    "viele\n", "vielen\n", "voici\n", "voilà\n", "von\n", "voorzitter\n", "vor\n", "vos\n",
    "votre\n", "vous\n", "vriendelijke\n", "vrienden\n", "vážená\n", "vážený\n", "všichni\n",
    "warm\n", "was\n", "we\n", "weekend\n", "welcome\n", "welt\n", "wenn\n", "were\n", "what\n",
    "when\n", "where\n", "who\n", "why\n", "wie\n", "wij\n", "will\n", "wir\n", "with\n", "woche\n",
    "wohnort\n", "world\n", "would\n", "yes\n", "you\n", "your\n", "yours\n", "zalando\n",
    "zentrum\n", "zone\n", "zum\n", "zur\n", "zusammen\n", "zákaznická\n", "zákaznický\n", "über\n",
    "česká\n", "české\n", "český\n", "členové\n", "ředitel\n", "ředitelka\n",
));

/// Brands and companies named after people, or that look like names;
/// lowercase tokens, sorted.
#[rustfmt::skip]
const BRANDS: &[&str] = &[
    "adam opel", "albert heijn", "alexander mcqueen", "anna sui", "anne klein", "ben jerry",
    "ben sherman", "betty barclay", "brunello cucinelli", "bruno banani", "calvin klein",
    "carl zeiss", "charles tyrwhitt", "christian dior",
    "christian lacroix", "christian louboutin", "daniel hechter", "dirk van den broek", "donna karan", "douwe egberts",
    "elena mirò", "elizabeth arden", "emil frey", "emilio pucci", "ermenegildo zegna",
    "ernst schweizer", "estée lauder", "franck provost", "franz carl weber", "fred perry",
    "georg fischer", "gerry weber", "gianni versace", "giorgio armani", "giovanni rana",
    "guy laroche", "hans anders", "hans im glück", "helena rubinstein",
    "hello kitty", "henri bendel", "hugo boss", "isabel marant", "jack daniel's", "jack daniels",
    "jack wills", "jack wolfskin", "jan linders", "jean louis david", "jean patou",
    "jean paul gaultier", "jil sander", "jim beam", "jo malone", "john frieda", "john lewis",
    "johnnie walker", "josef seibel", "karl lagerfeld", "kate spade", "kenneth cole",
    "laura ashley", "laura biagiotti", "louis vuitton", "luisa spagnoli", "marc cain",
    "marc jacobs", "marc o'polo", "marie blachère", "martin miller", "mary kay", "max mara",
    "michael kors", "nicolas feuillatte", "nina ricci", "otto kern", "paul gaultier",
    "paul mitchell", "paul smith", "peter hahn", "peter pan", "philipp morris", "philipp plein",
    "pierre balmain", "pierre cardin", "ralph lauren", "robert bosch", "roberto cavalli",
    "rolf benz", "ronald mcdonald", "salvatore ferragamo", "sonia rykiel", "stella mccartney",
    "steve madden", "ted baker", "thomas cook", "thomas sabo", "tim hortons", "tom dixon",
    "tom ford", "tom tailor", "tommy hilfiger", "vera wang", "victoria's secret", "walter knoll",
    "william grant", "wolfgang joop", "yves rocher", "yves saint laurent",
];

/// Brands that start with an honorific: "Dr. Oetker", "Mr. Clean".
#[rustfmt::skip]
const HONORIFIC_BRANDS: &[&str] = &[
    "dr. best", "dr. hauschka", "dr. martens", "dr. oetker", "dr. pepper", "dr. scholl",
    "mr. bean", "mr. clean", "mr. muscle", "mr. proper",
];

/// Common first names across de, fr, it, nl, cs and en; lowercase, sorted.
#[rustfmt::skip]
const FIRST_NAMES: PackedWords = PackedWords(concat!(
    "adam\n", "adrian\n", "adéla\n", "alain\n", "alberto\n", "alena\n", "alessandra\n",
    "alessandro\n", "alessia\n", "alexander\n", "alexandre\n", "aleš\n", "alfie\n", "alice\n",
    "amanda\n", "amelia\n", "amy\n", "amélie\n", "andrea\n", "andreas\n", "andrew\n", "angela\n",
    "anja\n", "anke\n", "anna\n", "anne\n", "anne-marie\n", "annemiek\n", "anouk\n", "anthony\n",
    "antoine\n", "anton\n", "antonella\n", "antonio\n", "antonín\n", "archie\n", "arthur\n",
    "ashley\n", "aurora\n", "aurélie\n", "ava\n", "barbara\n", "barbora\n", "bart\n", "bas\n",
    "beat\n", "beatrice\n", "ben\n", "benjamin\n", "benoît\n", "bernard\n", "bernhard\n",
    "birgit\n", "bob\n", "bram\n", "brian\n", "brigitte\n", "bruno\n", "camille\n", "carlo\n",
    "caroline\n", "catherine\n", "chantal\n", "charles\n", "charlie\n", "charlotte\n", "chiara\n",
    "chloe\n", "chloé\n", "chris\n", "christian\n", "christina\n", "christine\n", "christophe\n",
    "christopher\n", "claire\n", "claudia\n", "claudio\n", "clément\n", "corinne\n", "cristina\n",
    "cédric\n", "céline\n", "daan\n", "dana\n", "daniel\n", "daniela\n", "daniele\n", "dave\n",
    "david\n", "davide\n", "denisa\n", "didier\n", "dieter\n", "dirk\n", "dominik\n", "dominique\n",
    "doris\n", "edward\n", "elena\n", "elias\n", "elisa\n", "elisabeth\n", "elizabeth\n",
    "eliška\n", "ella\n", "emanuele\n", "emil\n", "emily\n", "emma\n", "enrico\n", "erich\n",
    "esther\n", "ethan\n", "eva\n", "fabian\n", "fabio\n", "fabrice\n", "federica\n", "federico\n",
    "felix\n", "femke\n", "filip\n", "filippo\n", "finn\n", "fleur\n", "floor\n", "florence\n",
    "florian\n", "francesca\n", "francesco\n", "franco\n", "frank\n", "franz\n", "françois\n",
    "françoise\n", "freddie\n", "fritz\n", "frédéric\n", "gabi\n", "gabriel\n", "gabriela\n",
    "gabriele\n", "georg\n", "george\n", "gerhard\n", "gert\n", "giacomo\n", "gianluca\n",
    "gilles\n", "ginevra\n", "giorgia\n", "giorgio\n", "giovanna\n", "giovanni\n", "giulia\n",
    "giuseppe\n", "grace\n", "greg\n", "guillaume\n", "hana\n", "hanna\n", "hannah\n", "hans\n",
    "hans-peter\n", "hansjörg\n", "harry\n", "heidi\n", "heike\n", "heinz\n", "helen\n", "helena\n",
    "helmut\n", "hendrik\n", "henk\n", "henry\n", "holger\n", "hugo\n", "hélène\n", "ilse\n",
    "inge\n", "ingrid\n", "inès\n", "isabella\n", "isabelle\n", "isla\n", "ivana\n", "jack\n",
    "jacob\n", "jacques\n", "jakob\n", "jakub\n", "james\n", "jan\n", "jana\n", "jane\n",
    "jarmila\n", "jaroslav\n", "jaroslava\n", "jason\n", "jasper\n", "jean\n", "jean-luc\n",
    "jean-marc\n", "jean-pierre\n", "jeanne\n", "jeff\n", "jennifer\n", "jens\n", "jeroen\n",
    "jesse\n", "jessica\n", "jim\n", "jindřich\n", "jitka\n", "jiří\n", "joe\n", "johan\n",
    "johanna\n", "john\n", "jolanda\n", "jonas\n", "jonathan\n", "joost\n", "joris\n", "josef\n",
    "joseph\n", "joshua\n", "jules\n", "julia\n", "julie\n", "julien\n", "juliette\n", "jérôme\n",
    "jürg\n", "jürgen\n", "karel\n", "karen\n", "karin\n", "karl\n", "kate\n", "kateřina\n",
    "katharina\n", "katherine\n", "kathrin\n", "katrin\n", "kees\n", "kelly\n", "kerstin\n",
    "kevin\n", "klaus\n", "klára\n", "koen\n", "kristýna\n", "kurt\n", "lara\n", "lars\n",
    "laura\n", "lauren\n", "laurent\n", "lea\n", "lena\n", "lenka\n", "leon\n", "leonardo\n",
    "leonie\n", "liam\n", "libor\n", "lieke\n", "lily\n", "lina\n", "linda\n", "lisa\n", "lorenz\n",
    "lorenzo\n", "lotte\n", "louis\n", "louise\n", "luc\n", "luca\n", "lucas\n", "lucia\n",
    "lucie\n", "lucy\n", "ludmila\n", "ludovica\n", "luigi\n", "lukas\n", "lukáš\n", "luuk\n",
    "léa\n", "léo\n", "maarten\n", "manfred\n", "manon\n", "manuela\n", "marc\n", "marcel\n",
    "marco\n", "marek\n", "margaret\n", "margaux\n", "maria\n", "marie\n", "marie-claire\n",
    "marieke\n", "mario\n", "mark\n", "markus\n", "markéta\n", "marloes\n", "martijn\n", "martin\n",
    "martina\n", "mary\n", "massimo\n", "mathieu\n", "mathilde\n", "matteo\n", "matthew\n",
    "matthias\n", "mattia\n", "matěj\n", "max\n", "maxime\n", "megan\n", "melanie\n", "mia\n",
    "michael\n", "michaela\n", "michal\n", "michel\n", "michele\n", "michelle\n", "mike\n",
    "milan\n", "miloš\n", "mirjam\n", "miroslav\n", "monica\n", "monika\n", "monique\n", "moritz\n",
    "nadine\n", "nancy\n", "nathalie\n", "nathan\n", "natálie\n", "nicholas\n", "nicola\n",
    "nicolas\n", "nicole\n", "niels\n", "niklas\n", "nina\n", "noah\n", "noor\n", "oliver\n",
    "olivia\n", "olivier\n", "ondřej\n", "oscar\n", "paola\n", "paolo\n", "pascal\n", "patricia\n",
    "patrick\n", "patrizia\n", "paul\n", "pauline\n", "pavel\n", "pavla\n", "peter\n", "petr\n",
    "petra\n", "philipp\n", "pierre\n", "pieter\n", "pietro\n", "quentin\n", "rachel\n", "radek\n",
    "raffaele\n", "raphael\n", "raphaël\n", "rebecca\n", "regula\n", "renate\n", "rené\n", "reto\n",
    "riccardo\n", "richard\n", "rita\n", "rob\n", "robert\n", "roberta\n", "roberto\n", "roger\n",
    "roland\n", "rolf\n", "romain\n", "roman\n", "roos\n", "rosa\n", "ruben\n", "ruby\n", "ruth\n",
    "ryan\n", "sabine\n", "salvatore\n", "sam\n", "samuel\n", "sander\n", "sandra\n", "sandrine\n",
    "sandro\n", "sanne\n", "sara\n", "sarah\n", "saskia\n", "scott\n", "sebastian\n", "sem\n",
    "sergio\n", "severin\n", "silke\n", "silvia\n", "simon\n", "simona\n", "simone\n", "sofia\n",
    "sophia\n", "sophie\n", "stanislav\n", "stefan\n", "stefanie\n", "stefano\n", "steve\n",
    "steven\n", "stéphane\n", "susan\n", "susanne\n", "sven\n", "sylvain\n", "sylvie\n",
    "sébastien\n", "tanja\n", "teresa\n", "tereza\n", "theo\n", "thierry\n", "thijs\n", "thomas\n",
    "théo\n", "tim\n", "tobias\n", "tom\n", "tommaso\n", "tomáš\n", "torsten\n", "urs\n",
    "ursula\n", "ute\n", "uwe\n", "valentina\n", "valérie\n", "vanessa\n", "verena\n", "veronika\n",
    "victoria\n", "vincent\n", "vincenzo\n", "vladimír\n", "vojtěch\n", "václav\n", "véronique\n",
    "vít\n", "věra\n", "walter\n", "wendy\n", "werner\n", "willem\n", "william\n", "wim\n",
    "wolfgang\n", "wouter\n", "yann\n", "yves\n", "yvonne\n", "zdeněk\n", "zdeňka\n", "zuzana\n",
    "élodie\n", "émilie\n", "éric\n", "šárka\n",
));

/// Words for a birth date or an identity number, lowercase, sorted: a name
/// close to one of them is a person's ("Mina Nohlmans (geboren am …)").
#[rustfmt::skip]
const DATA_WORDS: &[&str] = &[
    "ahv", "ahv-nr", "avs", "birth", "birthday", "born", "bsn", "dob", "geb", "iban", "naissance",
    "nar", "narozen", "narozena", "narození", "nascita", "nata", "nato", "né", "née", "rodné", "rč", "ssn",
    "sv-nr", "sv-nummer", "svnr", "versichertennummer",
];

/// Words for a mobile phone, lowercase, sorted: a weaker sign than
/// [`DATA_WORDS`] ("Ctirad Hruška, mobil +420 …"), as a landline ("Tel.")
/// is as often a shop's; a name with a particle needs a stronger one
/// ("Corriere della Sera, cellulare in regalo" is a newspaper).
const MOBILE_WORDS: &[&str] = &[
    "cell",
    "cellulare",
    "gsm",
    "handy",
    "mobiel",
    "mobil",
    "mobile",
    "natel",
    "portable",
];

/// Beginnings of longer birth or identity words ("Geburtsdatum",
/// "Sozialversicherungsnummer", "geboortedatum").
const DATA_PREFIXES: &[&str] = &[
    "burgerservice",
    "geboorte",
    "geboren",
    "geburt",
    "passaport",
    "passeport",
    "passport",
    "paspoort",
    "reisepass",
    "sozialversicherung",
];

/// The word lists above as hash sets, for lookups per candidate word.
static PARTICLE_SET: WordSet = word_set!(PARTICLES);
static NOT_NAME_SET: WordSet = WordSet::packed(NOT_NAMES);
static DATA_WORD_SET: WordSet = WordSet::new(DATA_WORDS);
static MOBILE_WORD_SET: WordSet = WordSet::new(MOBILE_WORDS);
static AMBIGUOUS_FIRST_NAME_SET: WordSet = word_set!(AMBIGUOUS_FIRST_NAMES);
static PLACE_WORD_SET: WordSet = word_set!(PLACE_WORDS);

/// True when `word` (lowercase) is a first name of any list, or a
/// hyphenated one whose two parts are ("marie-sophie", "hans-jürgen").
fn listed_first_name(word: &str) -> bool {
    first_name_in(word, usize::MAX)
}

/// True when `word` is a first name common in the countries we serve, not
/// only in a country of origin ([`ORIGIN_FIRST_NAMES`]): enough for a name
/// without a trigger. The scan asks [`first_name_rank`] instead.
#[cfg(test)]
fn home_first_name(word: &str) -> bool {
    first_name_in(word, first_names().home)
}

/// Where `word` stands in the first-name table (for a hyphenated one whose
/// parts both stand there, the later part), so that one lookup answers
/// both whether it is listed and whether it is common at home.
fn first_name_rank(word: &str) -> Option<usize> {
    let FirstNames { names, table, .. } = first_names();
    let whole = table.find(names, word);
    let parts = || {
        let (a, b) = word.split_once('-')?;
        Some(table.find(names, a)?.max(table.find(names, b)?))
    };
    match (whole, word.contains('-')) {
        (Some(i), false) => Some(i),
        (whole, true) => match (whole, parts()) {
            (Some(i), Some(j)) => Some(i.min(j)),
            (i, j) => i.or(j),
        },
        (None, false) => None,
    }
}

/// True when `word`, or both parts of a hyphenated one, stand in the
/// first-name table before index `below`.
fn first_name_in(word: &str, below: usize) -> bool {
    let FirstNames { names, table, .. } = first_names();
    let listed = |w: &str| table.find(names, w).is_some_and(|i| i < below);
    listed(word)
        || word
            .split_once('-')
            .is_some_and(|(a, b)| listed(a) && listed(b))
}

/// The four first-name lists as one table, built once: one lookup per
/// word instead of four (issue 2). The origin list comes last.
struct FirstNames {
    names: Vec<&'static str>,
    table: WordTable,
    /// How many names come before the origin list.
    home: usize,
}

fn first_names() -> &'static FirstNames {
    static NAMES: OnceLock<FirstNames> = OnceLock::new();
    NAMES.get_or_init(|| {
        // The front-coded lists decoded into one string that lives as long
        // as the table (for the program's life, like this OnceLock).
        let mut text = String::new();
        let mut ends = Vec::new();
        for name in DICT_FIRST_NAMES.iter().chain(ORIGIN_FIRST_NAMES.iter()) {
            text.push_str(&name);
            ends.push(text.len());
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        let decoded = ends.iter().scan(0, |start, &end| {
            Some(&text[std::mem::replace(start, end)..end])
        });
        let mut names: Vec<&'static str> = FIRST_NAMES.iter().collect();
        names.extend(MORE_FIRST_NAMES.iter());
        let home = names.len() + DICT_FIRST_NAMES.iter().count();
        names.extend(decoded);
        let table = WordTable::new(&names);
        FirstNames { names, table, home }
    })
}

/// For each first letter of a birth or identity word (or prefix), a bit per
/// second byte: a filter that rejects most words before they are read.
/// Every such word starts with an ASCII lowercase letter; the table fails
/// to build (at compile time) otherwise.
const DATA_STARTS: [u32; 26] = data_starts();

const fn data_starts() -> [u32; 26] {
    let lists = [DATA_WORDS, MOBILE_WORDS, DATA_PREFIXES];
    let mut table = [0; 26];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let word = lists[l][i].as_bytes();
            table[(word[0] - b'a') as usize] |= 1 << second_class(word[1]);
            i += 1;
        }
        l += 1;
    }
    table
}

/// A bit for the second byte of a word: one per ASCII letter, and six
/// shared by all other bytes.
const fn second_class(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        (b - b'a') as u32
    } else {
        26 + (b % 6) as u32
    }
}

/// Endings of German abstract nouns that are never surnames.
#[rustfmt::skip]
const NOUN_ENDINGS: &[&str] = &[
    "heit", "ismus", "ität", "keit", "schaft", "tion",
];

/// Most name tokens (first, middle, last names) one name may hold.
const MAX_TOKENS: usize = 4;

/// A run of name tokens found in the text.
#[derive(Debug)]
struct Parsed {
    span: Range<usize>,
    /// How many full name tokens (initials and particles do not count).
    tokens: usize,
    /// The first token, to look up in [`FIRST_NAMES`].
    first: Range<usize>,
}

/// Looks for a name at every word start (see [`word_start`]) that is an
/// ASCII capital or a non-ASCII lead byte (where capitals such as Č start),
/// past the end of the last name found.
pub(crate) fn detect(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let bytes = input.text.as_bytes();
    let from = out.len();
    let mut resume = 0;
    // The end of the last name found, and whether a comma may join the
    // next one to it (see [`coordinated`]).
    let mut last: Option<(usize, bool)> = None;
    for p in capitals_after_non_letters(bytes) {
        let may_start = p >= resume
            && word_start(input.text, p)
            && !after_hyphen(bytes, p)
            && starts_upper(input.text, p);
        if !may_start || !(pair_follows(bytes, p) || initial_follows(bytes, p)) {
            continue;
        }
        let found = name_at(input, p)
            .or_else(|| capital_name_at(input, p))
            .or_else(|| {
                let b = bytes.get(p + 1).copied().unwrap_or(0);
                (b.is_ascii_uppercase() || b >= 0x80)
                    .then(|| caps_surname_first(input, p))
                    .flatten()
            })
            .or_else(|| {
                comma_follows(bytes, p)
                    .then(|| semicolon_last_first(input, p).or_else(|| closed_last_first(input, p)))
                    .flatten()
            })
            .or_else(|| {
                initial_follows(bytes, p)
                    .then(|| initials_name(input, p))
                    .flatten()
            })
            .or_else(|| possessed_role(input, p))
            .map(|c| {
                let list = list_name(input, c.span.start);
                (c, list)
            });
        if let Some((c, list)) = found.or_else(|| coordinated(input, p, last?)) {
            // "Eltern Paulica Tudor und Lea Bosshard": the name before the
            // conjunction, which no cue of its own found.
            let floor = last.map_or(0, |(end, _)| end);
            if let Some(before) = coordinated_before(input, c.span.start, floor) {
                out.push(before);
            }
            resume = c.span.end;
            last = Some((c.span.end, list));
            out.push(c);
        }
    }
    list_siblings(input, out, from);
    decor::decorated_lists(input, out, from);
    minutes_lines(input, out, from);
    decor::speaker_lines(input, out, from);
    lowercase_names(input, out);
    lowercase_email_names(input, out);
    tidy(input, out, from);
    // After the tidy pass: an ordinal before "Preis", "premio" makes it a
    // rank in a list, not a prize named after someone.
    slots::slot_lists(input, out, from);
    slots::caption_lists(input, out, from);
    slots::thanks_line_end(input, out);
}

/// The last pass over the names found from `out[from]` on: post-nominal
/// letters after a name are cut off ("Dr Maria Leal PhD FRSC" is "Maria
/// Leal"), and a name right after a noun that things are named after is
/// dropped: a stop, a street, a school, a prize ("l'arrêt Victor Hugo",
/// "Cena Karla Čapka", "Premio Italo Calvino"), which the person the thing
/// is named after does not make personal data.
fn tidy(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let found = out.split_off(from);
    out.extend(found.into_iter().filter_map(|mut c| {
        c.span = without_role_noun(input, without_titles(input, c.span));
        let named_after = noun_before(input, c.span.start)
            .is_some_and(|w| NAMED_AFTER.contains(&&input.lower[w]));
        (!named_after).then_some(c)
    }));
}

/// `span` without a second, abbreviated title before the name ("président
/// Pr Pierre-Yves Mendès") and without post-nominal letters after it
/// ("Maria Leal, PhD FRSC"); at least two tokens stay.
fn without_titles(input: &Input<'_>, mut span: Range<usize>) -> Range<usize> {
    if let Some(space) = input.text[span.clone()].find(' ') {
        let first = &input.lower[span.start..span.start + space];
        let rest = &input.text[span.start + space + 1..span.end];
        if rest.contains(' ') && is_honorific(first) {
            span.start += space + 1;
        }
    }
    while let Some(space) = input.text[span.clone()].rfind(' ') {
        let last = &input.lower[span.start + space + 1..span.end];
        let head = input.text[span.start..span.start + space].trim_end_matches(',');
        if !POST_NOMINALS.contains(&last.trim_end_matches('.')) || !head.contains(' ') {
            break;
        }
        span.end = span.start + head.len();
    }
    span
}

/// The word one or two spaces before `start`, without an elided article
/// glued to it: "l'arrêt" and "all'aeroporto" give "arrêt" and "aeroporto".
fn noun_before(input: &Input<'_>, start: usize) -> Option<Range<usize>> {
    let before = skip_spaces_back(input.text, start, 2);
    let word = letters_start(input.text, before).filter(|_| before < start)?;
    let tail = input.text[word..before]
        .rsplit(['\'', '’'])
        .next()
        .unwrap_or("");
    Some(before - tail.len()..before)
}

/// True when `word` (lowercase) is an honorific of [`TRIGGERS`]; read only
/// for names found, so a pass over the list costs nothing that matters.
fn is_honorific(word: &str) -> bool {
    TRIGGERS
        .iter()
        .any(|&(w, kind)| kind == Kind::Honorific && w == word)
}

/// Letters after a name for a degree, a fellowship or an order, lowercase,
/// without dots. Not "MA" and "BA": Ma and Ba are also surnames.
#[rustfmt::skip]
const POST_NOMINALS: &[&str] = &[
    "bsc", "msc", "mba", "phd", "dphil", "mphil", "llb", "llm", "md", "meng", "beng", "dds",
    "frsc", "frcs", "frcp", "mrcp", "facs", "cpa", "obe", "mbe", "cbe", "kc", "qc",
];

/// Nouns of things named after people, in the six languages, lowercase:
/// the stops, streets and squares, schools, halls and prizes whose name is
/// a person's ("arrêt Victor Hugo", "Premio Italo Calvino"). Narrower than
/// [`PLACE_WORDS`], which [`place_in_or_after`] reads on one cue's path
/// only: this list silences every name after it, so it leaves out words
/// that are also verbs or prepositions before a person ("see", "via",
/// "stop", "way", "most").
#[rustfmt::skip]
const NAMED_AFTER: &[&str] = &[
    // de
    "haltestelle", "bahnhof", "straße", "strasse", "gasse", "allee", "schule", "gymnasium",
    "stadion", "preis", "brücke", "halle", "stiftung", "flughafen", "klinik", "museum",
    "bibliothek",
    // fr
    "arrêt", "gare", "rue", "avenue", "boulevard", "quai", "lycée", "collège", "école", "stade",
    "prix", "pont", "salle", "fondation", "aéroport", "brasserie", "bistrot", "musée",
    "bibliothèque",
    "clinique", "hôpital",
    // it
    "fermata", "stazione", "viale", "piazza", "corso", "liceo", "stadio", "premio",
    "ponte", "fondazione", "aeroporto", "teatro", "trattoria", "ristorante", "museo",
    "biblioteca",
    "ospedale",
    // nl
    "halte", "straat", "plein", "laan", "prijs", "brug", "stichting", "luchthaven", "bibliotheek",
    // cs
    "zastávka", "zastávky", "nádraží", "ulice", "ulici", "náměstí", "gymnázium", "cena", "ceny",
    "ceně", "nadace", "letiště", "divadlo", "knihovna", "knihovny", "knihovně",
    // en
    "street", "avenue", "square", "stadium", "prize", "award", "medal", "bridge",
    "airport", "foundation", "theatre", "theater", "bistro", "brewery", "hospital",
    "library",
];

/// The lines of minutes or a roll call ("Yusuf Abdel-Malek: Trikots
/// bestellt⏎Hans-Ulrich Nguyen-Weber: Hallenzeiten geklärt"): a name found
/// at the start of a line, before its colon, vouches for the lines right
/// above and below that start with a full name and its colon too, and so
/// on while they do. Each line's name is reported whole ("Pier Paolo
/// Zoppetti", not "Paolo Zoppetti"). Headings in title case ("Next Steps:",
/// "Offene Punkte:") are common words or come without a name beside them.
/// Only the lines around names found are read (issue 2).
fn minutes_lines(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let text = input.text;
    // The names found by other cues are the seeds, in text order; each
    // block of lines is walked once, so the pass stays linear.
    let seeds = out.len();
    let mut walked = 0;
    let mut block = Vec::new();
    for i in from..seeds {
        let start = out[i].span.start;
        let line = text[..start].rfind('\n').map_or(0, |n| n + 1);
        if line < walked {
            continue;
        }
        let Some((span, _)) = head_name(input, line) else {
            continue;
        };
        if !overlaps(&span, &out[i].span) {
            continue;
        }
        block.clear();
        block.push(span);
        // Up, then down, while the lines are heads too.
        let mut up = line;
        while up > walked {
            up = text[..up - 1].rfind('\n').map_or(0, |n| n + 1);
            match head_name(input, up) {
                Some((span, _)) => block.push(span),
                None => break,
            }
        }
        let mut down = line;
        walked = text.len();
        while let Some(n) = text[down..].find('\n') {
            down += n + 1;
            match head_name(input, down) {
                Some((span, _)) => block.push(span),
                None => {
                    walked = down;
                    break;
                }
            }
        }
        // One line alone is a label and its value ("Burgerservicenummer
        // van Bastiaan Vaessen: …"), not minutes.
        if block.len() >= 2 {
            for span in block.drain(..) {
                report_head(out, (from, seeds), span);
            }
        }
    }
}

/// The full name that starts the line at `line` and ends at a colon with
/// text after it, and whether its first name is listed.
fn head_name(input: &Input<'_>, line: usize) -> Option<(Range<usize>, bool)> {
    let bytes = input.text.as_bytes();
    let first = *bytes.get(line)?;
    if !(first.is_ascii_uppercase() || first >= 0xC3) {
        return None;
    }
    // A colon within a long name's reach, before the line ends.
    let head = &bytes[line..(line + 64).min(bytes.len())];
    let colon = head.iter().position(|&b| b == b':' || b == b'\n')?;
    if head[colon] != b':' || !starts_upper(input.text, line) {
        return None;
    }
    let first_end = token_end(input, line, true)?;
    let parsed = parse_name(input, line, first_end)?;
    let colon = skip_spaces(input.text, parsed.span.end, 1);
    let text_after = bytes.get(colon + 1) == Some(&b' ')
        && bytes
            .get(colon + 2)
            .is_some_and(|b| !matches!(b, b'\n' | b'\r'));
    if bytes.get(colon) != Some(&b':') || !text_after || !(2..=4).contains(&parsed.tokens) {
        return None;
    }
    if not_a_person(input, &parsed.span) {
        return None;
    }
    let listed = listed_first_name(&input.lower[parsed.first.clone()]);
    Some((parsed.span, listed))
}

/// Reports the head name `span`, widening a name found inside it. The
/// names other cues found, `out[from..seeds]`, are in text order, so one
/// binary search finds it; the heads added after them are on other lines.
fn report_head(out: &mut Vec<Candidate>, (from, seeds): (usize, usize), span: Range<usize>) {
    let found = &mut out[from..seeds];
    let i = found.partition_point(|c| c.span.end <= span.start);
    if let Some(c) = found.get_mut(i).filter(|c| overlaps(&c.span, &span)) {
        c.span = c.span.start.min(span.start)..c.span.end.max(span.end);
        return;
    }
    out.push(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a full name heading a line of minutes"),
    ));
}

/// True when the two ranges share a byte.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// True for the prepositions before the person something is for or from
/// ("impfpass von birgid klemm", "bezorgen bij mika fortuyn") and the
/// honorifics and role words written in lowercase before a name ("per la
/// signora …", "majitel …"). A `match`, not a hash lookup: it runs for
/// every word of a lowercase post (issue 2).
fn for_word(w: &str) -> bool {
    matches!(
        w,
        "an" | "bei"
            | "für"
            | "von"
            | "frau"
            | "herr"
            | "à"
            | "chez"
            | "de"
            | "pour"
            | "madame"
            | "monsieur"
            | "a"
            | "da"
            | "di"
            | "per"
            | "signora"
            | "signor"
            | "signore"
            | "aan"
            | "bij"
            | "van"
            | "voor"
            | "mevrouw"
            | "meneer"
            | "od"
            | "pro"
            | "u"
            | "pan"
            | "paní"
            | "majitel"
            | "majitelka"
            | "rozvoz"
            | "for"
            | "from"
            | "to"
            | "with"
            | "mr"
            | "mrs"
            | "ms"
    )
}

/// Verbs of telling and asking, lowercase, in the imperative of chat ("ok
/// tell bryan hines …", "sag florian windisch bescheid", "dis à jean …",
/// "di' a morena …", "zeg tegen sten …", "řekni petru novákovi …"), and
/// chat's "fyi", "cc" and "ping": whom they address or mention is a person.
fn told_word(w: &str) -> bool {
    matches!(
        w,
        "tell"
            | "ask"
            | "remind"
            | "sag"
            | "frag"
            | "erinnere"
            | "dis"
            | "demande"
            | "rappelle"
            | "di"
            | "dì"
            | "chiedi"
            | "ricorda"
            | "zeg"
            | "vraag"
            | "herinner"
            | "řekni"
            | "zeptej"
            | "připomeň"
            // Chat's words that put someone in the loop ("fyi ana furrer
            // hat …", "cc jacques barman pour …", "ping hugh potter re …").
            | "fyi"
            | "cc"
            | "ping"
    )
}

/// "hallo hier ist die praxis … von birgid klemm bitte rückruf unter +49 …",
/// "drop off for bryony mcloone at 2796 Broadway": who writes without
/// capitals (a post that starts in lowercase, a dictated message) writes
/// names so too. In such a post, a listed first name and a surname-length
/// word after a preposition or honorific ([`for_word`]: "für", "pour",
/// "signora", "majitel"), with a phone number or house number close after it, is a
/// person; so is one after a verb of telling or asking ([`told_word`]:
/// "tell bryan hines", "sag florian windisch") whose surname the model
/// reads as one, without a number. The first letter gates the pass, so
/// capitalised text costs nothing more.
#[cold]
fn lowercase_names(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let text = input.text;
    if !starts_lowercase(text) {
        return;
    }
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let runs = input.word_runs();
    // The end of the last name found: "isa schaffer und tania vermeire",
    // a second name joined to it by a conjunction, is thanked too.
    let mut found = usize::MAX;
    for (i, pair) in runs.windows(3).enumerate() {
        let [before, first, last] = [&pair[0], &pair[1], &pair[2]];
        let (prev, name) = (before.range(), first.start()..last.end());
        let word = &input.lower[prev.clone()];
        let earlier = || i.checked_sub(1).map(|j| &input.lower[runs[j].range()]);
        let told = told_word(word)
            || thanks_word(word)
            || matches!(word, "a" | "à" | "aan" | "tegen" | "an" | "to")
                && earlier().is_some_and(|w| told_word(w) || thanks_word(w))
            || CONJUNCTIONS.contains(&word) && i > 0 && runs[i - 1].end() == found;
        if !(told || digits && for_word(word)) {
            continue;
        }
        if let Some(c) = lowercase_name(input, prev, name, told) {
            if out
                .iter()
                .all(|o| o.span.end <= c.span.start || o.span.start >= c.span.end)
            {
                found = c.span.end;
                out.push(c);
            }
        }
    }
}

/// True when `word` thanks whoever follows it ("danke", "merci", "grazie",
/// "bedankt", "díky", "thanks"): in a lowercase post, "thanks elizabeth
/// wells" names a person as "tell bryan hines" does.
fn thanks_word(word: &str) -> bool {
    matches!(
        word,
        "danke"
            | "merci"
            | "grazie"
            | "thanks"
            | "thx"
            | "cheers"
            | "bedankt"
            | "dank"
            | "dankje"
            | "dankjewel"
            | "díky"
            | "dík"
    )
}

/// `name` as a lowercase listed first name (not an ambiguous one), one
/// space, and a lowercase alphabetic last word of `last_len` bytes that is
/// no function word or conjunction: the shape every lowercase-name reading
/// starts from. Returns the two words.
fn lowercase_pair<'a>(
    input: &Input<'a>,
    name: &Range<usize>,
    last_len: RangeInclusive<usize>,
) -> Option<(&'a str, &'a str)> {
    let (text, lower) = (input.text, input.lower);
    let first_end = name.start + text[name.start..name.end].find(' ')?;
    let last_start = first_end + 1;
    let (first, last) = (
        &text[name.start..first_end],
        text.get(last_start..name.end)?,
    );
    let lowercase = |w: &str, at: usize| w == &lower[at..at + w.len()];
    let fits = (3..=12).contains(&first.len())
        && last_len.contains(&last.len())
        && lowercase(first, name.start)
        && lowercase(last, last_start)
        && last.chars().all(char::is_alphabetic)
        && listed_first_name(first)
        && !AMBIGUOUS_FIRST_NAME_SET.contains(first)
        && !FUNCTION_WORDS.contains(&last)
        && !CONJUNCTIONS.contains(&last);
    fits.then_some((first, last))
}

/// The lowercase name `name` ("birgid klemm") after the word `prev`, when
/// [`lowercase_names`] accepts it.
fn lowercase_name(
    input: &Input<'_>,
    prev: Range<usize>,
    name: Range<usize>,
    told: bool,
) -> Option<Candidate> {
    let text = input.text;
    if text.get(prev.end..name.start) != Some(" ") {
        return None;
    }
    let (_, last) = lowercase_pair(input, &name, 4..=16)?;
    if NOT_NAME_SET.contains(last)
        || listed_first_name(last)
        || !(told || digits_after(text, name.end))
    {
        return None;
    }
    let reason = Cow::Borrowed(if told {
        "a lowercase first name and surname after a verb of telling, in a lowercase post"
    } else {
        "a lowercase first name and surname in a lowercase post, before a number"
    });
    Some(Candidate::new(RULE, name, 0.55, reason))
}

/// "an niclas wolf (niclas.wolf2@…)": a lowercase name right before an
/// address that spells its surname, in any post. From each '@', one step
/// back over the local part and the bracket or comma before it gives where
/// the name must end; one binary search finds the word run ending there.
#[cold]
fn lowercase_email_names(input: &Input<'_>, out: &mut Vec<Candidate>) {
    let (text, bytes) = (input.text, input.text.as_bytes());
    let runs = input.word_runs();
    for (at, _) in text.match_indices('@') {
        let local = bytes[..at]
            .iter()
            .rev()
            .take(64)
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            .count();
        let head = &text[..at - local];
        let Some(name_end) = [" (", " <", ", ", ": ", " "]
            .iter()
            .find_map(|sep| head.strip_suffix(sep))
            .map(str::len)
        else {
            continue;
        };
        let k = runs.partition_point(|r| r.end() < name_end);
        if k < 2 || runs.get(k).is_none_or(|r| r.end() != name_end) {
            continue;
        }
        let (prev, name) = (runs[k - 2].range(), runs[k - 1].start()..runs[k].end());
        if let Some(c) = lowercase_name_with_email(input, prev, name) {
            if out.iter().all(|o| !overlaps(&o.span, &c.span)) {
                out.push(c);
            }
        }
    }
}

/// "Mahnung an niclas wolf (niclas.wolf2@kabsi.at, …)", "sent a reminder
/// to timothy kelly (timothy.kelly8@…)": a lowercase listed first name and
/// a word after it that the e-mail address right after spells (the
/// surname, accents folded) are the address holder's name, whatever the
/// case of the rest of the post.
fn lowercase_name_with_email(
    input: &Input<'_>,
    prev: Range<usize>,
    name: Range<usize>,
) -> Option<Candidate> {
    let letter_before = input.text[prev.start..name.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if letter_before {
        return None;
    }
    lowercase_pair(input, &name, 3..=20)?;
    own_email_after(input, &name)?;
    let reason = Cow::Borrowed("a lowercase first name and the surname its e-mail address spells");
    Some(Candidate::new(RULE, name, 0.6, reason))
}

/// Frequent lowercase words of four letters or more that NOT_NAMES (a
/// list of capitalised words) leaves out: what follows a first name in a
/// sentence ("for anna about the …", "pour marie avec …").
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "about", "after", "again", "also", "asap", "back", "because", "before", "call", "from", "have",
    "here", "into", "just", "like", "more", "only", "over", "please", "pls", "some", "that", "then",
    "there", "they", "this", "today", "tomorrow", "what", "when", "will", "with", "your",
    "aber", "auch", "bitte", "dass", "denn", "doch", "eine", "einen", "heute", "hier", "morgen",
    "nach", "noch", "oder", "schon", "sein", "sich", "sind", "unter", "wegen", "wird",
    "aujourd", "avec", "dans", "demain", "elle", "mais", "merci", "nous", "sans", "sont", "sous",
    "vous", "alla", "anche", "come", "della", "dopo", "domani", "ecco", "grazie", "nella", "oggi",
    "perché", "però", "sono", "sulla", "ancora", "maar", "morgen", "naar", "niet", "ook",
    "vandaag", "want", "wordt", "zijn", "dnes", "děkuji", "dekuji", "jako", "když", "nebo",
    "prosím", "prosim", "proto", "také", "tady", "zítra",
];

/// Names written in capitals in a post that is not: "Kündigung von
/// RÜDIGER MARTIN eingegangen", "réservation au nom de JOUBERT, JACQUES",
/// as forms, tickets and bookings print them. Two words in capitals at
/// `at`, alone in capitals among their neighbours, the first (or, after a
/// comma, the second) a listed first name and the other no common word.
/// Tried only where the scan stopped at a capital followed by another.
fn capital_name_at(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let (text, bytes) = (input.text, input.text.as_bytes());
    if !bytes
        .get(at + 1)
        .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
    {
        return None;
    }
    let caps = |r: &Range<usize>| {
        let w = &text[r.clone()];
        w.chars().nth(1).is_some() && w.chars().all(char::is_uppercase)
    };
    let a = at..skip_word(bytes, at);
    let (b_start, last_first) = match bytes.get(a.end..a.end + 2) {
        Some([b' ', _]) => (a.end + 1, false),
        Some(b", ") => (a.end + 2, true),
        _ => return None,
    };
    if b_start >= bytes.len() || !is_word_byte(bytes[b_start]) {
        return None;
    }
    let b = b_start..skip_word(bytes, b_start);
    if !caps(&a) || !caps(&b) {
        return None;
    }
    // Alone in capitals: neither the word before nor the one after is.
    if word_before(text, at, 2).is_some_and(|w| caps(&w)) {
        return None;
    }
    let next = b.end
        + bytes[b.end..]
            .iter()
            .take(3)
            .take_while(|&&c| !is_word_byte(c))
            .count();
    if next > b.end
        && next < bytes.len()
        && is_word_byte(bytes[next])
        && caps(&(next..skip_word(bytes, next)))
    {
        return None;
    }
    // Lowercase letters around: the post does not shout, bounded so that
    // a text in capitals stays linear.
    let around = floor_boundary(text, at.saturating_sub(120))..floor_boundary(text, b.end + 120);
    if !text[around].chars().any(char::is_lowercase) {
        return None;
    }
    let (first, last) = if last_first { (&b, &a) } else { (&a, &b) };
    let (first_l, last_l) = (&input.lower[first.clone()], &input.lower[last.clone()]);
    let home = first_name_rank(first_l)? < first_names().home;
    let span = a.start..b.end;
    if first_l.chars().count() < 3
        || last_l.chars().count() < 3
        // "MEIER, ADA": the comma of a form vouches for an ambiguous first
        // name when the word before it reads as a surname.
        || AMBIGUOUS_FIRST_NAME_SET.contains(first_l) && !(last_first && surname_like(last_l))
        || NOT_NAME_SET.contains(last_l)
        || common_word_part(last_l)
        || !(home || surname_like(last_l))
        || is_brand(input, &span, &(span.start..span.start))
    {
        return None;
    }
    let reason = Cow::Borrowed("a name written in capitals: a listed first name and a surname");
    Some(Candidate::new(RULE, span, 0.6, reason))
}

/// True when six digits stand within 60 bytes after `end`, in the same
/// line: a phone number or a house number and postcode.
fn digits_after(text: &str, end: usize) -> bool {
    text.as_bytes()[end..]
        .iter()
        .take(60)
        .take_while(|&&b| b != b'\n')
        .filter(|b| b.is_ascii_digit())
        .count()
        >= 6
}

/// True when the name at `start` stands after a list-like trigger ("cc",
/// "An:", "Teilnehmende:", "Grazie a", an arrow): a comma after it may
/// start the next person.
fn list_name(input: &Input<'_>, start: usize) -> bool {
    matches!(
        trigger_before(input, start),
        Some((Kind::ListLabel | Kind::WeakLabel | Kind::Role, _))
    )
}

/// "Juliette Dupont et Esther Ó Círríc", "cc Patricia Schantl, Chidimma
/// Ogbuehi": a full name joined to the name found just before it by a
/// conjunction (or, in a list, a comma) is a person too, when it ends at
/// a boundary and no token is a place, a town or a brand.
fn coordinated(
    input: &Input<'_>,
    at: usize,
    (end, list): (usize, bool),
) -> Option<(Candidate, bool)> {
    let gap = input
        .lower
        .get(end..at)
        .filter(|g| g.len() <= LABEL_LINE + 4)?;
    if next_list_line(input.text, end, at) {
        return list_line_joined(input, at);
    }
    // "Julia K. Smith (volunteer coordinator) and …": a bracketed remark
    // on the name before stays with it.
    let mut w = gap.trim();
    if let Some(rest) = w.strip_prefix('(') {
        w = rest
            .split_once(')')
            .map_or(w, |(_, after)| after.trim_start());
    }
    if w.len() > 16 {
        return None;
    }
    // "Merci à … et à Analyn Magsaysay", "Thanks to … and to …": the
    // preposition may be repeated after the conjunction.
    let (conjunction, repeated) = w.split_once(' ').unwrap_or((w, ""));
    let joined = match w {
        "," => list,
        w => {
            (CONJUNCTIONS.contains(&w)
                || INSTEAD_OF.contains(&w)
                || CONJUNCTIONS.contains(&conjunction) && REPEATED_PREPOSITIONS.contains(&repeated))
                && gap.starts_with(' ')
                && gap.ends_with(' ')
        }
    };
    if !joined {
        return None;
    }
    let parsed = parse_name(input, at, token_end(input, at, true)?)?;
    let lower = &input.lower[parsed.span.clone()];
    let place_or_town = lower
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w));
    if !(2..=4).contains(&parsed.tokens)
        || place_or_town
        || !boundary_after(input, parsed.span.end)
        || is_brand(input, &parsed.span, &(at..at))
    {
        return None;
    }
    let found = Candidate::new(
        RULE,
        parsed.span,
        0.7,
        Cow::Borrowed("a full name joined to the name before it"),
    );
    Some((found, list))
}

/// The two-token name that ends right before "and" (any of
/// [`CONJUNCTIONS`]) and the name found at `start`, mirroring
/// [`coordinated`]: "parents Dmytro Hnatyuk et Valentine Lacombe". Both
/// tokens are capitalised and no common word, the word before them is
/// none, and the pair is no place, town or brand.
fn coordinated_before(input: &Input<'_>, start: usize, floor: usize) -> Option<Candidate> {
    let text = input.text;
    let conj_end = start
        .checked_sub(1)
        .filter(|&i| text.as_bytes()[i] == b' ')?;
    let conj = conjunction_before(input, conj_end)?;
    let end = conj
        .checked_sub(1)
        .filter(|&i| text.as_bytes()[i] == b' ')?;
    let second = word_before(text, conj, 1)?;
    let first = word_before(text, second.start, 1)?;
    if first.start < floor
        || second.end != end
        || token_end(input, first.start, true) != Some(first.end)
        || token_end(input, second.start, true) != Some(second.end)
        || word_before(text, first.start, 1)
            .is_some_and(|w| token_end(input, w.start, true) == Some(w.end))
    {
        return None;
    }
    let span = first.start..second.end;
    let lower = &input.lower[span.clone()];
    let place_or_town = lower
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w));
    if place_or_town || is_brand(input, &span, &(span.start..span.start)) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a full name joined to the name after it"),
    ))
}

/// The next item of a list or rota whose previous item was a name ending
/// its line ([`next_list_line`]): a full name or "Last, First" that ends
/// its line too, and is no place or brand.
#[cold]
fn list_line_joined(input: &Input<'_>, at: usize) -> Option<(Candidate, bool)> {
    let parsed = parse_name(input, at, token_end(input, at, true)?)?;
    let span = match parsed.tokens {
        1 => last_first(input, &parsed)?,
        2..=4 => parsed.span.clone(),
        _ => return None,
    };
    if !item_ends(input.text, span.end) || not_a_person(input, &span) {
        return None;
    }
    let found = Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a full name in a list of names"),
    );
    Some((found, false))
}

/// Every capital or non-ASCII lead byte after neither a letter nor a
/// non-ASCII byte: all word starts among them, and a few capitals after a
/// digit or `_`. Tests sixteen bytes a round, eight at a time, without a
/// branch per eight (whether eight bytes hold a capital is a coin toss the
/// branch predictor loses); a byte loop here cost more than all the checks
/// after it (issue 2).
fn capitals_after_non_letters(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut carry = 0;
    (0..bytes.len()).step_by(16).flat_map(move |at| {
        let (low, high) = (lanes::load(bytes, at), lanes::load(bytes, at + 8));
        let (letters_low, letters_high) = (
            lanes::letters_and_non_ascii(low),
            lanes::letters_and_non_ascii(high),
        );
        let starts_low = lanes::capitals_and_leads(low) & !lanes::shift_in(letters_low, carry);
        let after_low = lanes::shift_in(letters_high, lanes::last_lane(letters_low));
        let starts_high = lanes::capitals_and_leads(high) & !after_low;
        carry = lanes::last_lane(letters_high);
        lanes::positions(starts_low, at).chain(lanes::positions(starts_high, at + 8))
    })
}

/// True when `at` follows a hyphen that joins it to a word ("Marie-Sophie"):
/// a name never starts inside a hyphenated word.
fn after_hyphen(bytes: &[u8], at: usize) -> bool {
    at >= 2 && bytes[at - 1] == b'-' && is_word_byte(bytes[at - 2])
}

/// True when the char at `at` is uppercase; every name token starts so.
fn starts_upper(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase),
    }
}

/// The position after the word at `at`.
fn skip_word(bytes: &[u8], at: usize) -> usize {
    at + 1
        + bytes[at + 1..]
            .iter()
            .take_while(|&&b| is_word_byte(b))
            .count()
}

/// Cheap pre-check: after the word at `at` (and its hyphenated or elided
/// parts) comes a comma ("Muster, Anna") or one space and a word that may
/// continue a name: a capital, a non-ASCII letter, or a particle.
fn pair_follows(bytes: &[u8], at: usize) -> bool {
    let mut end = skip_word(bytes, at);
    while matches!(bytes.get(end), Some(b'-' | b'\'')) && end - at < 48 {
        end = skip_word(bytes, end);
    }
    match (bytes.get(end), bytes.get(end + 1)) {
        (Some(b','), _) => true,
        (Some(b' '), Some(&n)) => {
            n.is_ascii_uppercase() || n >= 0xC3 || matches!(n, b'd' | b'l' | b't' | b'v' | b'z')
        }
        _ => false,
    }
}

/// The name starting at `at`, when a trigger stands before it.
fn name_at(input: &Input<'_>, at: usize) -> Option<Candidate> {
    // Every name starts with a name token, and most capitalised words are
    // common ones ("Vielen", "Bitte"), so that is tested first; then the
    // trigger, which most capitalised pairs lack.
    // A capitalised particle may start a name after a label ("Van Damme,
    // Karine"), so a failed first token still needs that test.
    let first_end = token_end(input, at, true);
    if first_end.is_none() && particle_surname(input, at).is_none() {
        return None;
    }
    let without_trigger = || {
        let Some(first_end) = first_end else {
            // "✔ De Boeck, Annie": a list item whose surname starts with a
            // capitalised particle.
            return listed_last_first(input, at, None);
        };
        // One lookup of the first name serves every cue below (issue 2).
        let rank = first_name_rank(&input.lower[at..first_end]);
        name_near_data(input, at, first_end)
            .or_else(|| name_before_phone(input, at, first_end, rank.is_some()))
            .or_else(|| label_line_name(input, at, first_end))
            .or_else(|| table_row_name(input, at, first_end))
            .or_else(|| rota_line_name(input, at, first_end))
            .or_else(|| listed_last_first(input, at, Some(first_end)))
            .or_else(|| indexed_last_first(input, at, first_end))
            .or_else(|| {
                let home = rank.is_some_and(|r| r < first_names().home);
                name_from_first_name(input, at, first_end, home, rank.is_some())
            })
            .or_else(|| name_before_address(input, at, first_end))
            .or_else(|| shaped_last_first(input, at, first_end))
            .or_else(|| last_first_before_data(input, at, first_end))
            .or_else(|| phone_in_clause(input, at, first_end))
            .or_else(|| handle_real_name(input, at, first_end))
            .or_else(|| bulleted_with_remark(input, at, first_end))
    };
    match trigger_before(input, at) {
        // A weak trigger ("mit", "call", "Von:") that finds no name leaves
        // the pair to the trigger-free cues: "met Bregje Haverkamp via
        // b.haverkamp@…", "Von: Dan Gerber <dan.gerber@…>".
        Some((kind @ (Kind::WeakIntro | Kind::WeakLabel), trigger)) => {
            name_after(input, at, first_end, kind, trigger.clone())
                .or_else(|| copied(input, at, first_end, trigger))
                .or_else(without_trigger)
        }
        // "Name\tTelefon" above a row reads as a label line before it.
        // A role word ("Demande à", "Chiedi a") whose own test fails (the
        // name does not end the clause) leaves the pair to the trigger-free
        // cues, as a weak trigger does: "Demande à Fatos Hoxha à la
        // rédaction", "Chiedi a Anjana Adhikari in redazione, … 02 924 …".
        Some((kind, trigger)) => name_after(input, at, first_end, kind, trigger)
            .or_else(|| table_row_name(input, at, first_end?))
            .or_else(|| phone_in_clause(input, at, first_end?))
            .or_else(|| (kind == Kind::Role).then(without_trigger).flatten()),
        // Only "Last, First" may start with lowercase particles: a comma
        // right after the first token is the cheap test (issue 2).
        None if first_end.is_some_and(|e| input.text.as_bytes().get(e) == Some(&b',')) => {
            particle_last_first(input, at, first_end).or_else(without_trigger)
        }
        None => without_trigger(),
    }
}

/// "cc Giulietta Salata e …", "bcc Tero Lankinen, …": the copy recipients
/// of a message are a list of people, so a name after "cc" that ends its
/// item counts like one after a list label, even without a listed first
/// name.
fn copied(
    input: &Input<'_>,
    at: usize,
    first_end: Option<usize>,
    trigger: Range<usize>,
) -> Option<Candidate> {
    if !matches!(&input.lower[trigger.clone()], "cc" | "bcc") {
        return None;
    }
    name_after(input, at, first_end, Kind::ListLabel, trigger)
}

/// "t.n.v. van der Meer, Mirte", "Name: de Vries, Anna": a "Last, First"
/// name whose surname starts with lowercase particles, after a trigger
/// before them; the particles join the span. Only "Last, First": a lone
/// "van der Meer" is no full name.
fn particle_last_first(
    input: &Input<'_>,
    at: usize,
    first_end: Option<usize>,
) -> Option<Candidate> {
    let start = particles_before(input, at)?;
    let (kind, trigger) = trigger_before(input, start)?;
    let mut found = name_after(input, at, first_end, kind, trigger)?;
    if !input.text[found.span.clone()].contains(", ") {
        return None;
    }
    found.span.start = start;
    Some(found)
}

/// The start of one or two lowercase particles right before `at` ("van
/// der", "de", "von"), if there are any.
fn particles_before(input: &Input<'_>, at: usize) -> Option<usize> {
    let mut start = at;
    for _ in 0..2 {
        let Some(word) = word_before(input.text, start, 2) else {
            break;
        };
        if !PARTICLE_SET.contains(&input.text[word.clone()]) {
            break;
        }
        start = word.start;
    }
    (start < at).then_some(start)
}

/// The name at `at` after a trigger of `kind` at `trigger`.
fn name_after(
    input: &Input<'_>,
    at: usize,
    first_end: Option<usize>,
    kind: Kind,
    trigger: Range<usize>,
) -> Option<Candidate> {
    let parsed = first_end
        .and_then(|end| parse_name(input, at, end))
        .or_else(|| particle_surname(input, at))?;
    let (span, tokens) = match parsed.tokens {
        1 if matches!(
            kind,
            Kind::NameLabel
                | Kind::ContactLabel
                | Kind::Role
                | Kind::Intro
                | Kind::WeakIntro
                | Kind::WeakLabel
                | Kind::ListLabel
                | Kind::Signoff
        ) =>
        {
            (last_first(input, &parsed)?, 2)
        }
        n => (parsed.span.clone(), n),
    };
    if tokens < 2
        || is_brand(input, &span, &trigger)
        || arrow_to_place(input, &span, &trigger)
        || club_word(input, &span)
    {
        return None;
    }
    let known = listed_first_name(&input.lower[parsed.first.clone()])
        || (span != parsed.span && last_first_known(input, &span))
        || surname_shaped(&input.lower[span.clone()])
        || called_back(input, &trigger, span.end);
    let kind = if kind == Kind::WeakIntro && !known && introduced(input, &trigger, span.end) {
        Kind::Intro
    } else {
        kind
    };
    // "Danke Anna Muster für …": thanks on the same line count like a
    // greeting; a sign-off on the line before needs the name to end its line.
    // Thanked "for" something, anyone is a person ("Merci Heloisa Oliveira
    // pour ton aide").
    let thanks = kind == Kind::Signoff
        && (known || thanked_for(input, &trigger, span.end))
        && !input.text[trigger.end..span.start].contains('\n');
    let listed = matches!(kind, Kind::ListLabel | Kind::Role);
    let ends = ends_line(input.text, span.end)
        || thanks
        || listed && conjunction_at(input, skip_spaces(input.text, span.end, 2))
        || welcomed_to(input, &trigger, span.end)
        || kind == Kind::Role
            && (role_clause_closes(input, span.end) || thanked_for(input, &trigger, span.end));
    let confidence = confidence(kind, known, ends)?;
    let reason = format!("{} '{}'", kind_words(kind), &input.text[trigger]);
    Some(Candidate::new(RULE, span, confidence, Cow::Owned(reason)))
}

/// The lowercase word that starts one or two spaces after `end`, if any.
fn word_after<'a>(input: &Input<'a>, end: usize) -> &'a str {
    let at = skip_spaces(input.text, end, 2);
    let end = if at > end {
        letters_end(input.lower, at).unwrap_or(at)
    } else {
        at
    };
    &input.lower[at..end]
}

/// "Welcome Mcebisi Sibalukhulu to the team", "Willkommen Anna Muster im
/// Team": a welcome with a place after the name welcomes a person there,
/// which ends the name as punctuation would.
fn welcomed_to(input: &Input<'_>, trigger: &Range<usize>, end: usize) -> bool {
    let welcome = matches!(
        &input.lower[trigger.clone()],
        "welcome" | "willkommen" | "bienvenue" | "benvenuto" | "benvenuta" | "welkom"
    );
    welcome
        && matches!(
            word_after(input, end),
            "to" | "aboard" | "im" | "bei" | "in" | "à" | "au" | "dans" | "nel" | "nella" | "bij"
        )
}

/// "Buongiorno, sono Pasqual Semitecolo, il proprietario", "Hoi, ik ben
/// Golnaz Karimi, recruiter": a self-introduction that opens its clause,
/// with the speaker's role after a comma, names the speaker.
fn introduced(input: &Input<'_>, trigger: &Range<usize>, end: usize) -> bool {
    let intro = matches!(
        &input.lower[trigger.clone()],
        "i am" | "i'm" | "i’m" | "ich bin" | "je suis" | "sono" | "io sono" | "ik ben" | "jsem"
    );
    let before = skip_spaces_back(input.text, trigger.start, 2);
    let opens = before == 0
        || matches!(
            input.text.as_bytes()[before - 1],
            b',' | b'.' | b'!' | b'\n'
        );
    let bytes = input.text.as_bytes();
    let apposition = bytes.get(end) == Some(&b',')
        && bytes.get(end + 1) == Some(&b' ')
        && input.text[end + 2..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    intro && opens && apposition && !input.text[trigger.end..end].contains(',')
}

/// "Ab April verstärkt Carlota Batista unser Team", "Rückmeldungen an Minna
/// Heidrich bis Mittwoch": after a role verb, a possessive (the team joined)
/// or a deadline preposition closes the name's clause as punctuation would.
fn role_clause_closes(input: &Input<'_>, end: usize) -> bool {
    matches!(
        word_after(input, end),
        "unser"
            | "unsere"
            | "unseren"
            | "ons"
            | "onze"
            | "notre"
            | "nos"
            | "our"
            | "náš"
            | "naše"
            | "bis"
            | "by"
            | "until"
            | "entro"
            | "avant"
            | "d'ici"
            | "vóór"
            | "uiterlijk"
            | "do"
    )
}

/// "Danke Henrieta Ardelean für …", "Grazie mille Thảo Lê per …": a thanks
/// word, the name, and the preposition of what the thanks are for.
fn thanked_for(input: &Input<'_>, trigger: &Range<usize>, end: usize) -> bool {
    let thanks = &input.lower[trigger.clone()];
    // "Grazie a …", "un grazie enorme a …": the thanks word may come first.
    let thanks_word = THANKS_WORDS.iter().any(|w| thanks.ends_with(w))
        || thanks
            .split(' ')
            .next()
            .is_some_and(|first| THANKS_WORDS.contains(&first));
    thanks_word
        && matches!(
            word_after(input, end),
            "für" | "for" | "pour" | "per" | "voor" | "za"
        )
}

/// The thanks words among the sign-off triggers (their last word).
const THANKS_WORDS: &[&str] = &[
    "danke",
    "dank",
    "merci",
    "grazie",
    "mille",
    "thanks",
    "you",
    "bedankt",
    "je",
    "u",
    "díky",
    "děkuji",
    "děkujeme",
    "beaucoup",
];

/// "call Trine Thomsen back": someone is called back, a company is not;
/// "grant Afonso Figueiredo access": access is granted to a person.
fn called_back(input: &Input<'_>, trigger: &Range<usize>, end: usize) -> bool {
    let verb = &input.lower[trigger.clone()];
    matches!(verb, "call" | "ring") && word_after(input, end) == "back"
        || verb == "grant" && matches!(word_after(input, end), "access" | "rights" | "permission")
        // "Puoi richiamare Piergiuseppe Zito?": a call-back verb names a
        // person when the name closes the clause.
        || matches!(verb, "richiamare" | "rappeler" | "terugbellen") && ends_line(input.text, end)
}

/// A name without a trigger: two or three name tokens that end at a
/// boundary, with a birth or identity word close by in the same sentence
/// ("Mina Nohlmans (geboren am …)", "SVNR von Joerg Koch: …").
fn name_near_data(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let parsed = without_leading_noun(input, parse_name(input, at, first_end)?)?;
    let parsed = without_ordinary_first(input, parsed)?;
    // "Anmeldung Kita: …": a German verbal noun ("-ung") starts no name.
    let first = &input.lower[parsed.first.clone()];
    if parsed.tokens > 1 && first.len() > 5 && first.ends_with("ung") {
        return None;
    }
    // "AHV … gehört zu Muster, Anna": a listed first name after the comma.
    let span = match parsed.tokens {
        1 => last_first(input, &parsed).filter(|span| last_first_known(input, span))?,
        _ => parsed.span.clone(),
    };
    if parsed.tokens > 3 || !boundary_after(input, span.end) {
        return None;
    }
    // The rare data word first: most capitalised pairs have none.
    let word = data_word_near(input, &span)
        .or_else(|| own_email_after(input, &span))
        .or_else(|| iban_after(input, &span))?;
    let weak = !is_birth_or_id_word(&input.lower[word.clone()]);
    let particle = || {
        input.lower[span.clone()]
            .split(' ')
            .any(|w| PARTICLE_SET.contains(w))
    };
    if is_brand(input, &span, &(at..at))
        || birthplace_before(input, span.start)
        || weak && particle()
        || club_word(input, &span)
    {
        return None;
    }
    let known = listed_first_name(&input.lower[parsed.first.clone()]);
    let confidence = confidence(Kind::NearData, known, true)?;
    let reason = format!("{} '{}'", kind_words(Kind::NearData), &input.text[word]);
    Some(Candidate::new(RULE, span, confidence, Cow::Owned(reason)))
}

/// "Sur place : Daisuke Hayashi, +352 661 421 372", "drop them with me –
/// Olive Sullivan, +44 7957 158052", "Eltern: Anna Muster (Tel. +41 …)": a
/// full name right before a phone number is the person it reaches, when it
/// follows a label's colon, a dash or a line start, or starts with a listed
/// first name; no token is a place, a town or a brand.
fn name_before_phone(
    input: &Input<'_>,
    at: usize,
    first_end: usize,
    listed: bool,
) -> Option<Candidate> {
    // The place of a label's value, or a listed first name; without
    // either, only a number in brackets right after the name ("Chiavi da
    // Fiamma Romano (328 827 2505)"), checked below.
    let placed = after_label_or_dash(input, at);
    let bytes = input.text.as_bytes();
    // Without either, the bracket must follow the second word: one look.
    if !placed && !listed {
        let second = first_end + 1;
        if bytes.get(first_end) != Some(&b' ') || second >= bytes.len() {
            return None;
        }
        let end = skip_word(bytes, second);
        if bytes.get(end..end + 2) != Some(b" (") {
            return None;
        }
    }
    // Then the first punctuation after the first name is a comma or
    // bracket, and a digit or '+' follows it closely (", +41", " (Tel.
    // 044"); most pairs stop at a full stop or nothing.
    let mark = first_end
        + bytes[first_end..]
            .iter()
            .take(40)
            .position(|b| matches!(b, b',' | b'(' | b'.' | b'\n' | b':' | b'!' | b'?' | b';'))?;
    let bracketed = bytes[mark] == b'(';
    let near = &bytes[mark + 1..(mark + 9).min(bytes.len())];
    if !(placed || listed || bracketed)
        || !matches!(bytes[mark], b',' | b'(')
        || !near.iter().any(|b| b.is_ascii_digit() || *b == b'+')
    {
        return None;
    }
    let number = phone_after(input, mark)?;
    let parsed = parse_name(input, at, first_end)?;
    let end = skip_spaces_back(input.text, mark, 1);
    if parsed.span.end != end || !(2..=3).contains(&parsed.tokens) {
        return None;
    }
    // "Houda Ouazzani (+39 011 …)", "Tharshan Kandiah (07722 …)": with
    // neither label nor listed first name, two tokens, the second one the
    // model reads as a surname, and the number alone in its bracket.
    let unlisted = !placed && !listed;
    if unlisted
        && (parsed.tokens != 2
            || input.text[parsed.span.clone()].matches(' ').count() != 1
            || !surname_like(last_token(input, &parsed))
            || input.text.as_bytes().get(number.end) != Some(&b')'))
    {
        return None;
    }
    if not_a_person(input, &parsed.span) {
        return None;
    }
    let known = listed;
    let confidence = if known { 0.7 } else { 0.6 };
    let reason = format!(
        "full name next to the phone number '{}'",
        &input.text[number]
    );
    Some(Candidate::new(
        RULE,
        parsed.span,
        confidence,
        Cow::Owned(reason),
    ))
}

/// The phone number after the comma or bracket at `mark` (", +41 78 …",
/// " (Tel. 044 …)"): 9 to 15 digits in groups joined by one or two of
/// space, hyphen, slash and brackets, read from the shared digit groups;
/// dots would make a date ("12.03.1980"), so they end it.
#[cold]
fn phone_after(input: &Input<'_>, mark: usize) -> Option<Range<usize>> {
    let bytes = input.text.as_bytes();
    let mut at = skip_spaces(input.text, mark + 1, 2);
    // A short phone word: "Tel.", "tel:", "Mobil", "☎".
    if bytes
        .get(at)
        .is_some_and(|b| !b.is_ascii_digit() && *b != b'+')
    {
        let end = letters_end(input.lower, at).filter(|&e| e - at <= 7)?;
        if !matches!(
            &input.lower[at..end],
            "tel" | "tél" | "telefon" | "phone" | "mobil" | "mob" | "mobile" | "cell"
        ) {
            return None;
        }
        at = skip_spaces(
            input.text,
            end + usize::from(matches!(bytes.get(end), Some(b'.' | b':'))),
            2,
        );
    }
    let start = at;
    let groups = input.digit_groups();
    let first =
        groups.partition_point(|g| g.start() < at + usize::from(bytes.get(at) == Some(&b'+')));
    let (mut digits, mut end) = (0, at);
    for g in &groups[first..] {
        let gap = &bytes[end..g.start()];
        // "03.64.63.89.28": French numbers group pairs with dots; a date
        // ("12.03.1980") ends in a longer group, so it stays short.
        let dotted = gap == b"." && g.range().len() == 2 && digits % 2 == 0;
        let joins = dotted
            || gap.len() <= 2
                && gap
                    .iter()
                    .all(|b| matches!(b, b' ' | b'-' | b'/' | b'(' | b')' | b'+'));
        if !joins || digits + g.range().len() > 15 {
            break;
        }
        digits += g.range().len();
        end = g.end();
    }
    let after = bytes.get(end).copied();
    let closed = !after.is_some_and(|b| {
        b.is_ascii_alphanumeric() || b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
    });
    (9..=15)
        .contains(&digits)
        .then_some(start..end)
        .filter(|_| closed)
}

/// True when the name at `at` follows a colon, a dash between spaces or a
/// line start: the value of a label ("Sur place :", "Mon night –").
fn after_label_or_dash(input: &Input<'_>, at: usize) -> bool {
    let before = skip_spaces_back(input.text, at, 3);
    let head = &input.text[..before];
    before == 0 || head.ends_with([':', '\n']) || (before < at && head.ends_with(" -"))
}

/// True when a token of the name is a place word or a known town, or the
/// name is a brand: "Hotel Krone", "Zürich Oerlikon", "Hugo Boss".
fn not_a_person(input: &Input<'_>, span: &Range<usize>) -> bool {
    input.lower[span.clone()]
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w))
        || is_brand(input, span, &(span.start..span.start))
        || club_word(input, span)
}

/// How long, in bytes, a label before a name may be ("Ansprechpartner vor
/// Ort", "Contactpersoon ter plaatse", "lunedì notte").
const LABEL_LINE: usize = 40;

/// "Ansprechpartner vor Ort: …", "ma nacht: Sophia Post", "Tue night –
/// Sophie Newman", "Kassierin: …": a short label (one to four words since
/// the line or sentence start) ending with a colon or a dash, then a full
/// name with a listed first name that ends its line or clause. A label
/// nobody listed still labels the value after it.
fn label_line_name(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let before = skip_spaces_back(input.text, at, 3);
    let head = &input.text[..before];
    if !(head.ends_with(':') || before < at && head.ends_with(" -")) {
        return None;
    }
    let first = &input.lower[at..first_end];
    let label = label_before(input, at)?;
    let parsed = parse_name(input, at, first_end)?;
    if !listed_first_name(first) && !surname_shaped(&input.lower[parsed.span.clone()]) {
        return None;
    }
    if !(2..=3).contains(&parsed.tokens)
        || !ends_line(input.text, parsed.span.end)
        || not_a_person(input, &parsed.span)
        || place_label(&input.lower[label.clone()])
    {
        return None;
    }
    let reason = format!("full name after the label '{}'", &input.text[label]);
    Some(Candidate::new(RULE, parsed.span, 0.65, Cow::Owned(reason)))
}

/// Lines a table may run above a row before its header.
const TABLE_LINES: usize = 12;

/// Headers of a name column, lowercase: the first cell of a table's header
/// row ("Name | Tel | Tag", "Nom;Tél;Créneau", "Jméno\tTelefon").
#[rustfmt::skip]
const NAME_HEADERS: &[&str] = &[
    "name", "vorname nachname", "nachname vorname", "nom", "nom complet", "prénom nom", "nom prénom",
    "nome", "nome e cognome", "cognome e nome", "nominativo", "naam", "volledige naam", "jméno",
    "jmeno", "jméno a příjmení", "příjmení a jméno", "full name",
];

/// "Name | Tel | Tag" and then "Kenan Fischer | 0178 … | Di": the first
/// cell of a table row (cells split by a tab, a pipe or a semicolon, as a
/// spreadsheet pastes them) under a name column is a person, whatever the
/// first name. The header is the first line of the run of lines above that
/// the same separator splits; Markdown rows and headers open with a pipe
/// ("| Name | Handy |", then "|---|---|").
fn table_row_name(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let text = input.text;
    // A Markdown row opens with a pipe: "| Kenan Fischer | 0178 … |".
    let row_start = match text[..at]
        .strip_suffix("| ")
        .or_else(|| text[..at].strip_suffix('|'))
    {
        Some(head) => head.len(),
        None => at,
    };
    if row_start == 0 || text.as_bytes()[row_start - 1] != b'\n' {
        return None;
    }
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let cell_end = at + text[at..line_end].find(['\t', '|', ';'])?;
    let parsed = parse_name(input, at, first_end)?;
    // Only spaces between the name and its cell's end: a tab there ends it.
    let gap = text.get(parsed.span.end..cell_end);
    if !gap.is_some_and(|g| g.len() <= 2 && g.bytes().all(|b| b == b' '))
        || !(2..=3).contains(&parsed.tokens)
        || not_a_person(input, &parsed.span)
        || !name_header_above(input, row_start - 1, char::from(text.as_bytes()[cell_end]))
    {
        return None;
    }
    let reason = Cow::Borrowed("the first cell of a table row under a name column");
    Some(Candidate::new(RULE, parsed.span, 0.65, reason))
}

/// True when the line ending at `end` (a line break), or one of the
/// [`TABLE_LINES`] lines above it that `sep` splits too, is a header row
/// whose first cell names a name column ([`NAME_HEADERS`]).
fn name_header_above(input: &Input<'_>, mut end: usize, sep: char) -> bool {
    for _ in 0..TABLE_LINES {
        let start = input.text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = input.lower[start..end].trim_start();
        let line = line.strip_prefix(sep).unwrap_or(line);
        let Some((first, _)) = line.split_once(sep) else {
            return false;
        };
        if NAME_HEADERS.contains(&first.trim()) {
            return true;
        }
        if start == 0 {
            return false;
        }
        end = start - 1;
    }
    false
}

/// Days of the week, lowercase, in full and abbreviated, in the six
/// languages: the labels of a rota's lines.
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lu", "ma", "me", "je", "ve", "lun", "mar", "mer", "jeu",
    "ven", "sam", "dim", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "gio", "sab", "dom", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
    "domenica", "wo", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "po", "út", "st", "čt", "pá", "ne", "pondělí", "úterý", "středa",
    "čtvrtek", "pátek", "sobota", "neděle", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
];

/// The end of the weekday label that starts the line at `line_start`, if
/// it has one: an optional bullet, the day, then a full stop, colon or
/// dash and the spaces after them ("- Mo: ", "ma ", "Tue ", "po: ").
fn day_label_end(lower: &str, line_start: usize) -> Option<usize> {
    let rest = &lower[line_start..];
    let day_start = line_start + (rest.len() - rest.trim_start_matches(['-', '*', '•', ' ']).len());
    let day_end = letters_end(lower, day_start)?;
    if day_end - day_start > 10 || !WEEKDAYS.contains(&&lower[day_start..day_end]) {
        return None;
    }
    let tail = &lower[day_end..];
    let label_end =
        day_end + (tail.len() - tail.trim_start_matches([' ', '\t', ':', '.', '-']).len());
    (label_end > day_end).then_some(label_end)
}

/// "Mon Martin Farren\nTue Frazer da Cunha", "- lun: Piersanti Novaro",
/// "po: Mojmír Hrdlička": a full name that ends its line after a weekday
/// label, in a rota whose line before or after starts with a weekday too,
/// whatever the first name.
fn rota_line_name(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let text = input.text;
    // Only a line start at most 16 bytes back counts, so no more is read:
    // a long line costs each capitalised pair in it no more than a short
    // one (issue 2).
    let reach = at.saturating_sub(17);
    let line_start = match text.as_bytes()[reach..at].iter().rposition(|&b| b == b'\n') {
        Some(i) => reach + i + 1,
        None if reach == 0 => 0,
        None => return None,
    };
    if at - line_start > 16 || day_label_end(input.lower, line_start) != Some(at) {
        return None;
    }
    let parsed = parse_name(input, at, first_end)?;
    if !(2..=4).contains(&parsed.tokens)
        || !ends_line(text, parsed.span.end)
        || not_a_person(input, &parsed.span)
        || !weekday_line_near(input, line_start, parsed.span.end)
    {
        return None;
    }
    let reason = Cow::Borrowed("a full name in a rota's line for a weekday");
    Some(Candidate::new(RULE, parsed.span, 0.65, reason))
}

/// True when the line before `line_start` or the one after `end` starts
/// with a weekday label ([`day_label_end`]).
fn weekday_line_near(input: &Input<'_>, line_start: usize, end: usize) -> bool {
    let text = input.text;
    let before = line_start
        .checked_sub(1)
        .map(|nl| text[..nl].rfind('\n').map_or(0, |i| i + 1))
        .is_some_and(|from| day_label_end(input.lower, from).is_some());
    before
        || text[end..]
            .find('\n')
            .is_some_and(|i| day_label_end(input.lower, end + i + 1).is_some())
}

/// True when the name at `at` is the value of a place label ("Ort: Maria
/// Alm").
fn after_place_label(input: &Input<'_>, at: usize) -> bool {
    let before = skip_spaces_back(input.text, at, 3);
    input.text[..before].ends_with(':')
        && label_before(input, at).is_some_and(|l| place_label(&input.lower[l]))
}

/// True when a label asks for a place, not a person: "Ort: Maria Alm",
/// "Venue: Grace Hall", "Lieu : Saint Paul"; its last word decides.
fn place_label(label: &str) -> bool {
    let last = label.rsplit(' ').next().unwrap_or(label);
    matches!(
        last,
        "ort"
            | "treffpunkt"
            | "location"
            | "venue"
            | "where"
            | "place"
            | "lieu"
            | "luogo"
            | "dove"
            | "sede"
            | "locatie"
            | "plaats"
            | "waar"
            | "místo"
            | "kde"
            | "hotel"
            | "destination"
            | "ziel"
            | "zielort"
            | "route"
            | "station"
            | "haltestelle"
    )
}

/// The short label that ends with the colon or dash before `at`: one to
/// four words since the line start, a list bullet or a sentence end.
#[cold]
fn label_before(input: &Input<'_>, at: usize) -> Option<Range<usize>> {
    let before = skip_spaces_back(input.text, at, 3);
    let mark = input.text[..before].char_indices().next_back()?.0;
    let end = skip_spaces_back(input.text, mark, 2);
    let from = floor_boundary(input.text, end.saturating_sub(LABEL_LINE));
    let head = &input.text[from..end];
    let start = head
        .rfind(['\n', '.', '!', '?', ';', '(', ':'])
        .map_or(from, |i| from + i + 1);
    // A label starting at `from` may be cut off: it must start the text.
    if start == from && from > 0 && !input.text[..from].ends_with('\n') {
        return None;
    }
    let label = input.text[start..end].trim_start_matches(|c: char| !c.is_alphanumeric());
    let words = label.split_whitespace().count();
    ((1..=4).contains(&words)).then(|| end - label.len()..end)
}

/// "✅ Benz, Özlem", "2. Lefèvre, Sophie", "• Wilson, Clare": a "Last,
/// First" list item with a listed first name, after a bullet, tick or
/// number that starts its line; later items of the same list follow it
/// ([`coordinated`]).
fn listed_last_first(input: &Input<'_>, at: usize, first_end: Option<usize>) -> Option<Candidate> {
    let comma = first_end.is_none_or(|e| input.text.as_bytes().get(e) == Some(&b','));
    if !comma || !list_item_start(input.text, at) {
        return None;
    }
    let parsed = match first_end {
        Some(end) => parse_name(input, at, end).filter(|p| p.tokens == 1)?,
        None => particle_surname(input, at)?,
    };
    let span = last_first(input, &parsed).filter(|s| last_first_known(input, s))?;
    if !item_ends(input.text, span.end) || not_a_person(input, &span) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a 'Last, First' list item"),
    ))
}

/// "Zimmer 204 Pfeifer, Kilian / Novais, Leandro", "room 9 Patel,
/// Deborah, room 10 …", "badge 0931 Brun, Antoine 07:15 …", "Speaker
/// desk: Demir, Ayşe lands …": a "Last, First" with a listed first name
/// whose item a number, a slash or a semicolon opens is a list entry of
/// people (rooms, seats, badges), in any language; after a label's colon
/// it must be the subject of the verb that follows ("Demir, Ayşe lands"),
/// since "Agenda: Brunner, Urs." may be a topic.
fn indexed_last_first(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let text = input.text;
    let colon = (text.as_bytes().get(first_end) == Some(&b','))
        .then(|| indexed_before(text, at))
        .flatten()?;
    parse_name(input, at, first_end).filter(|p| p.tokens == 1)?;
    let first = single_space(text, first_end + 1)?;
    let end = token_end(input, first, true)?;
    if !listed_first_name(&input.lower[first..end]) {
        return None;
    }
    // "Tran, Lan Anh": a second given name joins the span.
    let end = single_space(text, end)
        .and_then(|s| token_end(input, s, true))
        .unwrap_or(end);
    let span = at..end;
    let verb = || {
        let next = skip_spaces(text, end, 2);
        next == end + 1 && text[next..].starts_with(|c: char| c.is_lowercase())
    };
    if !boundary_after(input, end) || colon && !verb() || not_a_person(input, &span) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.6,
        Cow::Borrowed("a 'Last, First' list entry"),
    ))
}

/// `Some(colon)` when a number of one to four digits (a room, seat or
/// badge, maybe with a dash after it), a colon, a slash or a semicolon
/// stands one space before `at`; `colon` tells a label's colon.
fn indexed_before(text: &str, at: usize) -> Option<bool> {
    let head = text[..at].strip_suffix(' ')?.trim_end_matches(' ');
    if head.ends_with([':', '/', ';']) {
        return Some(head.ends_with(':'));
    }
    let head = head.strip_suffix(" -").unwrap_or(head);
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = head[..head.len() - digits].chars().next_back();
    ((1..=4).contains(&digits) && before.is_none_or(|c| c == ' ' || c == '\n')).then_some(false)
}

/// True when a list marker starts the line of `at` and ends right before
/// it: a bullet, dash, tick, cross or emoji, or a number with '.' or ')'.
fn list_item_start(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let marker = text[line_start..at].trim();
    let numbered = marker.len() <= 4
        && marker.ends_with(['.', ')'])
        && marker[..marker.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit())
        && marker.len() > 1;
    let symbol = !marker.is_empty()
        && marker.chars().count() <= 2
        && marker
            .chars()
            .all(|c| !c.is_alphanumeric() && !c.is_whitespace());
    at > line_start && (numbered || symbol) && text.as_bytes()[at - 1] == b' '
}

/// True when a list item ends at `end`: the line ends, or a bracketed
/// remark follows ("Davis, Robert (left early)"); a comma would go on with
/// a clause ("- Zitto, Pierino, e …" is dialogue, not a list).
fn item_ends(text: &str, end: usize) -> bool {
    let at = skip_spaces(text, end, 8);
    matches!(text.as_bytes().get(at), None | Some(b'\n' | b'\r' | b'('))
}

/// True when `gap`, between a name that ends its line and the next one,
/// starts the next item of the same list or rota: a line break, then a
/// list marker ("\n✅ ", "\n2. ") or a short label ("\ndi nacht: ",
/// "\nTue night – ").
fn next_list_line(text: &str, end: usize, at: usize) -> bool {
    let gap = &text[end..at];
    let Some(rest) = gap.trim_start_matches([' ', '\t', '\r']).strip_prefix('\n') else {
        return false;
    };
    if rest.contains('\n') || !rest.ends_with(' ') {
        return false;
    }
    let head = rest.trim_end();
    // The engine folds dashes to '-'; a label's dash stands between spaces.
    let labelled = (head.ends_with(':') || head.ends_with(" -"))
        && head.len() <= LABEL_LINE
        && (1..=4).contains(&head.split_whitespace().count());
    labelled || list_item_start(text, at)
}

/// A name without any trigger: a listed first name that is not also a
/// common word ("Mark", "Rosa") and one or two capitalised name tokens,
/// ending at a boundary, not a brand and not a place ("Victoria Station"):
/// "Kannst du Melanie Neulinger zurückrufen?", "Meeting with Alice Lesage
/// confirmed". Common capitalised words (sentence starters, German nouns)
/// are never name tokens ([`NOT_NAMES`]), so they cannot make the pair.
fn name_from_first_name(
    input: &Input<'_>,
    at: usize,
    first_end: usize,
    home: bool,
    listed: bool,
) -> Option<Candidate> {
    // The first name is looked up before the rest is read: most capitalised
    // words that reach here are no listed first name (issue 2).
    let first = &input.lower[at..first_end];
    // "Edyta Hrytsenko", "Ermanno Majewski": a surname ending that no
    // common word has makes up for a first name not in the lists.
    // "Lieferadresse Leihski": a long compound noun is no first name.
    let compound = || first.chars().count() > 10 && ordinary_word(first);
    let ending = !home && surname_follows(input, first_end) && !compound();
    if !(home || listed || ending) || AMBIGUOUS_FIRST_NAME_SET.contains(first) {
        return None;
    }
    let parsed = parse_name(input, at, first_end)?;
    // "Blerina Shala", "Maksim Tomson", "Natalia von der Heydt": a first
    // name of a country of origin and a word the model reads as a surname.
    // The model reads one word, not the run it stands in: a capitalised
    // word before the first name, even at a sentence start, may be the
    // real first name ("-- Stanislaw Jerzy Lec").
    let modelled = !home && !ending && listed && surname_like(last_token(input, &parsed));
    let shaped = ending || modelled;
    if !(home || shaped) || modelled && name_token_before(input, at) {
        return None;
    }
    // "Vlčková Vlčková a.s.": two surnames are a firm of partners.
    if shaped && (parsed.tokens != 2 || SAINTS.contains(&first) || surname_shaped(first)) {
        return None;
    }
    let last = input.lower[..parsed.span.end]
        .rfind(' ')
        .map_or(parsed.span.start, |i| i + 1);
    if !(2..=3).contains(&parsed.tokens)
        || !boundary_after(input, parsed.span.end)
        || is_known_town(&input.lower[last..parsed.span.end])
        || is_brand(input, &parsed.span, &(at..at))
        || place_in_or_after(input, &parsed.span)
        || birthplace_before(input, at)
        || handle_or_longer_name(input, at)
        || room_before(input, at)
        || after_place_label(input, at)
    {
        return None;
    }
    Some(Candidate::new(
        RULE,
        parsed.span,
        0.6,
        Cow::Borrowed("a listed first name and a surname"),
    ))
}

/// True when a name token (a capitalised word that is no common word)
/// stands one space before `at` on the same line, and no sentence starts
/// with it ("Laut Natalia von der Heydt" after "Mieterverein:"); a dash
/// starts none ("-- Stanislaw Jerzy Lec").
fn name_token_before(input: &Input<'_>, at: usize) -> bool {
    let Some(w) = word_before(input.text, at, 1) else {
        return false;
    };
    let sentence_start = input.text[..w.start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r' | ':'));
    !sentence_start && token_end(input, w.start, true) == Some(w.end)
}

/// The last token of `parsed` (lowercase), the surname of a two-token name.
fn last_token<'a>(input: &Input<'a>, parsed: &Parsed) -> &'a str {
    let lower = &input.lower[parsed.span.clone()];
    lower.rsplit(' ').next().unwrap_or(lower)
}

/// True when one space after `first_end` comes a capitalised word with a
/// surname ending ([`SURNAME_ENDINGS`]): one look at its last bytes, no
/// allocation.
fn surname_follows(input: &Input<'_>, first_end: usize) -> bool {
    let bytes = input.lower.as_bytes();
    let Some(next) = single_space(input.text, first_end).filter(|&n| n < bytes.len()) else {
        return false;
    };
    // Word bytes only (UTF-8 continuation bytes among them), so the slice
    // ends on a char boundary; the endings are compared as bytes.
    let word = &bytes[next..skip_word(bytes, next)];
    word.len() > 5
        && SURNAME_ENDINGS.iter().any(|e| word.ends_with(e.as_bytes()))
        && starts_upper(input.text, next)
}

/// True when the model of [`model`] reads `lower` (one lowercase word) as
/// a surname rather than an ordinary word of the six languages ("shala",
/// "tomson", "abdel-malek", not "termin", "rechnung", "station").
fn surname_like(lower: &str) -> bool {
    surname_score(lower) >= model::THRESHOLD
}

/// The model's score of `lower`: the weights of its character 3- and
/// 4-grams (folded to a-z, ends marked) plus the bias, computed as in
/// `scripts/name_model.py`. A rolling window of four symbols: no
/// allocation, one table read per n-gram.
fn surname_score(lower: &str) -> i32 {
    const END: u32 = 26;
    let symbol = |c: char| match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '-' | '\'' | '’' => END,
        '\u{C0}'..='\u{17F}' => u32::from(model::FOLD[c as usize - 0xC0]),
        _ => 27,
    };
    let bucket = |v: u32| (v.wrapping_mul(0x9E37_79B1) >> (32 - model::BITS)) as usize;
    let mut window = [END; 4];
    let mut score = model::BIAS;
    for (i, s) in lower.chars().map(symbol).chain([END]).enumerate() {
        window = [window[1], window[2], window[3], s];
        let tri = ((3 * 28 + window[1]) * 28 + window[2]) * 28 + s;
        if i >= 1 {
            score += i32::from(model::WEIGHTS[bucket(tri)]);
        }
        if i >= 2 {
            let four = (((4 * 28 + window[0]) * 28 + window[1]) * 28 + window[2]) * 28 + s;
            score += i32::from(model::WEIGHTS[bucket(four)]);
        }
    }
    score
}

/// True when a room word stands right before `at`: meeting rooms are named
/// after people and places ("room Ben Nevis", "Raum Marie Curie", "salle
/// Victor Hugo", "zaal Anne Frank").
fn room_before(input: &Input<'_>, at: usize) -> bool {
    let Some(word) = word_before(input.lower, at, 2) else {
        return false;
    };
    matches!(
        &input.lower[word],
        "room"
            | "raum"
            | "saal"
            | "sitzungszimmer"
            | "salle"
            | "sala"
            | "aula"
            | "zaal"
            | "místnost"
            | "zasedačka"
            | "meetingroom"
            | "besprechungsraum"
            // Lecture halls and stadiums are named after people too
            // ("posluchárna Jana Palacha", "stadio Diego Armando Maradona").
            | "hörsaal"
            | "auditorium"
            | "amphithéâtre"
            | "amphi"
            | "collegezaal"
            | "posluchárna"
            | "sál"
            | "stadio"
            | "stade"
            | "estadio"
            | "stadion"
            | "stadium"
    )
}

/// A name without a trigger right before a postal address on its line:
/// "an Pumbaa Wario, Domplatz 58, 69117 Heidelberg", "à Adekitan Makinwa,
/// 89 rue de Rivoli, 21000 Dijon". The recipient of a letter is a person
/// when it is sent to them ([`sent_to`]) or the name starts with a listed
/// first name, and no token names a place or business ("Hotel Krone, …")
/// or a brand; a date is no address ("Times, January 18, 1988").
fn name_before_address(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    // The cheap tests first: a comma close by, a street's capital or house
    // number after it, and an address on the line; most pairs fail them.
    let window = floor_boundary(input.text, (first_end + 48).min(input.text.len()));
    let comma = input.text[first_end..window].find(", ")? + first_end;
    let street = *input.text.as_bytes().get(comma + 2)?;
    if !(street.is_ascii_digit() || street.is_ascii_uppercase() || street >= 0xC3)
        || !address_after(input.text, comma + 2)
    {
        return None;
    }
    let parsed = parse_name(input, at, first_end)
        .filter(|p| p.span.end == comma || matches!(&input.text[p.span.end..comma], "'s" | "’s"))?;
    let lower = &input.lower[parsed.span.clone()];
    let place_or_town = lower
        .split([' ', '-'])
        .any(|w| PLACE_WORD_SET.contains(w) || is_known_town(w));
    let recipient = || sent_to(input, at) || listed_first_name(&input.lower[parsed.first.clone()]);
    if !(2..=4).contains(&parsed.tokens)
        || place_or_town
        || !recipient()
        || is_brand(input, &parsed.span, &(at..at))
        || handle_or_longer_name(input, at)
    {
        return None;
    }
    Some(Candidate::new(
        RULE,
        parsed.span,
        0.7,
        Cow::Borrowed("a full name before a postal address"),
    ))
}

/// True when the word right before `at` sends something to it: "an",
/// "à", "a", "naar", "aan", "to", "na", or the colon of an address label
/// ("na adresu:", "Adresse:") before a name without a particle, which a
/// business holds as often ("Bakkerij de Zon").
fn sent_to(input: &Input<'_>, at: usize) -> bool {
    let end = skip_spaces_back(input.text, at, 2);
    if input.text[..end].ends_with(':') {
        let label = label_end(input.text, end - 1);
        let from = floor_boundary(input.text, label.saturating_sub(24));
        let particle = input.lower[at..]
            .split(", ")
            .next()
            .is_some_and(|n| n.split(' ').any(|w| PARTICLE_SET.contains(w)));
        return !particle
            && ADDRESS_STEMS
                .iter()
                .any(|s| input.lower[from..label].contains(s));
    }
    let Some(word) = word_before(input.lower, at, 2) else {
        return false;
    };
    matches!(
        &input.lower[word],
        "an" | "à" | "a" | "naar" | "aan" | "to" | "na" | "für" | "pour" | "per" | "for"
            // Where the parcel goes or the work is done: at someone's home
            // ("chez Léa Roux, 3 rue …", "da Ada Neri, Via …", "at Ian
            // Roe's, 4 High Street").
            | "bei" | "chez" | "da" | "presso" | "bij" | "u" | "at"
    )
}

/// True when a postal address starts at `at` on its line: a street with a
/// house number ("Domplatz 58", "89 rue de Rivoli"), a comma, then a
/// postcode ("69117", "602 00", "2514 EA") or a town with a British one
/// ("Edinburgh EH2 2ER").
fn address_after(text: &str, at: usize) -> bool {
    let end = floor_boundary(text, (at + 96).min(text.len()));
    let mut lines = text[at..end].split('\n');
    let line = lines.next().unwrap_or_default();
    let mut parts = line.split(", ");
    let street = parts.next().unwrap_or_default();
    // "Via Belzoni 24⏎35121 Padova", "1981 Larimer Street⏎Denver, CO 80202":
    // the town may take the next line, with a ZIP code after the state.
    let (town, zip) = match parts.next() {
        Some(town) => (town, false),
        None => (lines.next().unwrap_or_default().trim_end(), true),
    };
    let zip = zip
        && town
            .rsplit(' ')
            .next()
            .is_some_and(|w| (4..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
    let house_number = street.split(' ').any(|w| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=4).contains(&digits) && w.len() <= digits + 1
    });
    let postcode = zip
        || town.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || town.split(' ').any(|w| {
            let b = w.as_bytes();
            let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
            (1..=2).contains(&letters) && b.get(letters).is_some_and(u8::is_ascii_digit)
        });
    street.len() <= 40
        && house_number
        && street.bytes().any(|b| b.is_ascii_alphabetic())
        && postcode
}

/// "Němečková, Vilma," without a trigger: "Last, First" whose surname has a
/// surname ending ([`SURNAME_ENDINGS`]), which no common word has, and a
/// first name that is no town.
fn shaped_last_first(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    if input.text.as_bytes().get(first_end) != Some(&b',')
        || !surname_shaped(&input.lower[at..first_end])
    {
        return None;
    }
    // "Ester Krumbachová, Gen.": the surname ends a "First Last" name.
    let after_word = word_before(input.text, at, 2).is_some_and(|w| is_capitalised(&input.text[w]));
    if after_word {
        return None;
    }
    let parsed = parse_name(input, at, first_end).filter(|p| p.tokens == 1)?;
    let span = last_first(input, &parsed)?;
    let first = input.lower[span.clone()].split_once(", ")?.1;
    if first.split(' ').any(is_known_town) || is_brand(input, &span, &(at..at)) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a surname-shaped 'Last, First'"),
    ))
}

/// "Spendenquittung an Khoury, Omid, Am Stadtgraben 64⏎28195 Bremen",
/// "Steuer-ID von Jost, Dana: 91 329 907 682", "BSN van de cliënt (van
/// Ochten, Micha): 6504.97.181": a "Last, First" without a trigger is a
/// person when personal data follows it: a postal address, a birth or
/// identity word in its sentence, or (with a listed first name) an
/// identifier of six digits or more after its colon. Lowercase particles
/// before the surname join the span; no token is a town, a place or a brand.
fn last_first_before_data(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let bytes = input.text.as_bytes();
    // The cheap test first: a comma ends the surname, or a capitalised
    // particle starts it ("Van Landeghem, Anja").
    let particle = || first_end - at <= 4 && PARTICLE_SET.contains(&input.lower[at..first_end]);
    if bytes[first_end] != b',' && !particle() {
        return None;
    }
    let parsed = parse_name(input, at, first_end).filter(|p| {
        p.tokens == 1 || p.tokens == 2 && PARTICLE_SET.contains(&input.lower[p.first.clone()])
    })?;
    // "(van Ochten, Micha)": particles join the surname where a word
    // could not stand before them ("i dati di Maderna, …" is a preposition).
    let start = particles_before(input, at)
        .filter(|&p| {
            let before = skip_spaces_back(input.text, p, 2);
            before == 0 || input.text[..before].ends_with(['(', ':', '\n', ','])
        })
        .unwrap_or(at);
    let capital_before =
        word_before(input.text, start, 2).is_some_and(|w| is_capitalised(&input.text[w]));
    let span = last_first(input, &parsed).map(|s| start..s.end)?;
    if capital_before || not_a_person(input, &span) {
        return None;
    }
    let first = input.lower[span.clone()].split_once(", ")?.1;
    if first.split(' ').any(is_known_town) {
        return None;
    }
    let next = skip_spaces(input.text, span.end, 2);
    let after = match bytes.get(next) {
        Some(b',' | b'\n') => skip_spaces(input.text, next + 1, 2),
        Some(b')') if bytes.get(next + 1) == Some(&b',') => skip_spaces(input.text, next + 2, 2),
        _ => next,
    };
    // Plain words make the same shape ("Salz, Pfeffer", "Helsinki,
    // Finland, August 6, 1995"), so an address or a number needs a listed
    // first name or a letter sent to the person; a birth or identity word
    // says enough on its own.
    let listed = listed_first_name(first.split(' ').next().unwrap_or_default());
    let address =
        || (listed || sent_to(input, start)) && after > next && address_after(input.text, after);
    let number = || {
        let colon = input.text[next..].trim_start_matches(')').starts_with(':');
        colon && listed && digits_after(input.text, next)
    };
    // The data word stands right before or after the name ("BSN van de
    // cliënt (…)", "…, nar. 18. června"), not somewhere in its sentence.
    let data = || {
        data_word_near(input, &span).is_some_and(|w| {
            let close = w.end + 24 >= span.start && w.start <= span.end + 24;
            close && is_birth_or_id_word(&input.lower[w])
        })
    };
    if enumeration(input, &span) || !address() && !number() && !data() {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a 'Last, First' before personal data"),
    ))
}

/// True when the "Last, First" at `span` is part of a run of single
/// capitalised words between commas ("Ostern, Pfingsten, Weihnachten,
/// Geburtstag"), or repeats one word ("Newton, Newton"): a list of things.
fn enumeration(input: &Input<'_>, span: &Range<usize>) -> bool {
    let (last, first) = input.lower[span.clone()]
        .split_once(", ")
        .unwrap_or_default();
    let bytes = input.text.as_bytes();
    let next_single = bytes.get(span.end) == Some(&b',')
        && single_space(input.text, span.end + 1)
            .and_then(|at| token_end(input, at, true))
            .is_some_and(|end| bytes.get(end) == Some(&b','));
    let before = skip_spaces_back(input.text, span.start, 2);
    let after_comma = before > 0 && bytes[before - 1] == b',';
    last == first || next_single || after_comma
}

/// "FYI @giuli_ops (Sebastián Montenegro) segue oggi il dispatch",
/// "@Dev-Ana (Anjana Bhattarai) is running the judging": a full name in
/// brackets right after a social handle is the real name behind it.
fn handle_real_name(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let bytes = input.text.as_bytes();
    if at < 3 || bytes[at - 1] != b'(' || bytes[at - 2] != b' ' {
        return None;
    }
    let handle_end = at - 2;
    let handle_start = bytes[..handle_end]
        .iter()
        .rposition(|&b| b == b' ' || b == b'\n')
        .map_or(0, |i| i + 1);
    let handle = &bytes[handle_start..handle_end];
    if handle.len() < 2
        || handle[0] != b'@'
        || !handle[1..]
            .iter()
            .all(|&b| is_word_byte(b) || b == b'-' || b == b'.')
    {
        return None;
    }
    let parsed = parse_name(input, at, first_end)?;
    if !(2..=4).contains(&parsed.tokens)
        || bytes.get(parsed.span.end) != Some(&b')')
        || not_a_person(input, &parsed.span)
    {
        return None;
    }
    Some(Candidate::new(
        RULE,
        parsed.span,
        0.7,
        Cow::Borrowed("a full name in brackets after a handle"),
    ))
}

/// "• Imants Krievs (room 309) wants a wake-up call", "• Josianne Zammit
/// (ch. 112) part à 5h": a bulleted item that starts with a full name and
/// a bracketed remark holding a number (a room, a seat, an extension) or
/// a listed first name is about that person.
fn bulleted_with_remark(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    // The cheap test first: a line break a marker's width before the name
    // (a bounded look back; most pairs stand inside a line: issue 2).
    let near = &input.text.as_bytes()[at.saturating_sub(12)..at];
    if !near.contains(&b'\n') && at > 12 || !list_item_start(input.text, at) {
        return None;
    }
    let parsed = parse_name(input, at, first_end)?;
    let bytes = input.text.as_bytes();
    let open = parsed.span.end + 1;
    if !(2..=3).contains(&parsed.tokens)
        || bytes.get(parsed.span.end) != Some(&b' ')
        || bytes.get(open) != Some(&b'(')
    {
        return None;
    }
    let remark = &bytes[open..(open + 16).min(bytes.len())];
    let close = open + remark.iter().position(|&b| b == b')')?;
    let numbered = bytes[open..close].iter().any(u8::is_ascii_digit);
    let listed = listed_first_name(&input.lower[parsed.first.clone()]);
    // The item goes on with what the person does or wants ("… (room 309)
    // wants a wake-up call"); a quotation's signature ends with its remark
    // ("-- Mark Twain (1835-1910)", "-- Robot Monster (1953)").
    let goes_on = bytes.get(close + 1) == Some(&b' ')
        && input.text[close + 2..].starts_with(|c: char| c.is_lowercase());
    if !(numbered || listed) || !goes_on || not_a_person(input, &parsed.span) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        parsed.span,
        0.65,
        Cow::Borrowed("a full name starting a bulleted item with a remark"),
    ))
}

/// How far, in bytes, a phone number may follow a name in its clause.
const PHONE_CLAUSE: usize = 56;

/// "ruft Shaurya Sehgal auf 078 846 88 74 an", "Appelle Drita Shala au
/// +32 486 66 68 86", "Kontakt vor Ort: Sibusiso Khaphela +43 316 191067",
/// "suivi par Prakash P. Gurung, qui vous rappellera depuis le +33 …": a
/// full name, then in the same clause only lowercase words and a phone
/// number: the number reaches that person. A capitalised word between
/// would be another party's ("Anna Muster von Swisscom, 0800 …"), and no
/// token may be a place, a town or a brand.
fn phone_in_clause(input: &Input<'_>, at: usize, first_end: usize) -> Option<Candidate> {
    let bytes = input.text.as_bytes();
    // The cheap test first: the shared digit groups put a number soon
    // after the first name, before any end of clause; most capitalised
    // pairs have none (one binary search, no byte scan: issue 2).
    let groups = input.digit_groups();
    let group = groups.get(groups.partition_point(|g| g.start() < first_end))?;
    let digit = group.start() - usize::from(bytes[group.start() - 1] == b'+');
    // The number starts a word ("xoxp-7255…" is a token) and reads as a
    // phone number, before any end of clause; then the name is read.
    if digit - first_end > PHONE_CLAUSE + 24 || !matches!(bytes[digit - 1], b' ' | b':') {
        return None;
    }
    let number = phone_after(input, digit - 1)?;
    if bytes[first_end..digit]
        .iter()
        .any(|b| matches!(b, b'\n' | b'!' | b'?' | b';'))
    {
        return None;
    }
    let parsed = parse_name(input, at, first_end)?;
    let end = parsed.span.end;
    if !(2..=3).contains(&parsed.tokens) || end > digit || digit - end > PHONE_CLAUSE {
        return None;
    }
    // "Appelle Drita Shala au …", "Ask Billy-Joe Nolan in legal …": an
    // imperative that opens the sentence is no first name; a third token
    // after an unlisted first one starts the name, if no particle.
    let mut span = parsed.span.clone();
    if parsed.tokens == 3 && !listed_first_name(&input.lower[parsed.first.clone()]) {
        let next = single_space(input.text, parsed.first.end)?;
        token_end(input, next, true)?;
        span.start = next;
    }
    // "Numero AVS", "Anmeldung ÖGK": an acronym is no name token.
    let acronym = input.text[span.clone()]
        .split([' ', '-'])
        .any(|w| w.chars().count() > 1 && !w.ends_with('.') && !w.chars().any(char::is_lowercase));
    if acronym {
        return None;
    }
    let gap = &input.text[end..digit];
    let clause = gap
        .chars()
        .all(|c| c.is_lowercase() || matches!(c, ' ' | ',' | ':' | '-' | '\'' | '’'));
    // "Steuerliche Identifikationsnummer: 1722…": a colon right after the
    // pair makes it the label of the number, not its holder.
    if !clause || gap.contains(" - ") || gap.trim_start().starts_with(':') {
        return None;
    }
    if not_a_person(input, &span) || handle_or_longer_name(input, at) {
        return None;
    }
    let reason = format!(
        "full name before the phone number '{}'",
        &input.text[number]
    );
    Some(Candidate::new(RULE, span, 0.6, Cow::Owned(reason)))
}

/// Saints' prefixes of place names ("Santa Margherita", "San Franciska").
const SAINTS: &[&str] = &[
    "san", "sankt", "sant", "santa", "santo", "saint", "sainte", "sint", "st", "svatá", "svatý",
];

/// True when the pair is a handle's first word ("@Anna Of course", where
/// the sentence starts after the handle) or the tail of a longer proper
/// name: a saint's prefix ("Santa Margherita Ligure"), or a capitalised word
/// that is no common word and does not start the sentence ("Jean Paul
/// Gaultier"; but "Volala Jarmila Horáková" starts with a verb).
fn handle_or_longer_name(input: &Input<'_>, at: usize) -> bool {
    let bytes = input.text.as_bytes();
    if at > 0 && bytes[at - 1] == b'@' {
        return true;
    }
    let Some(Range { start, end: before }) = word_before(input.text, at, 2) else {
        return false;
    };
    let lower = &input.lower[start..before];
    let sentence_start = input.text[..start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r' | ':' | '–' | '-'));
    SAINTS.contains(&lower.trim_end_matches('.'))
        || is_capitalised(&input.text[start..before])
            && !sentence_start
            && !NOT_NAME_SET.contains(lower)
            && trigger_index().first_of(lower).is_none()
}

/// True when a token of the name after the first, or the word right before
/// or after the name, names a place or building ("Martin Park", "Anna
/// Kirche", "lycée Victor Hugo", "Via Alessandro Manzoni"): streets,
/// schools and airports are named after people.
fn place_in_or_after(input: &Input<'_>, span: &Range<usize>) -> bool {
    let after = skip_spaces(input.text, span.end, 2);
    let next = letters_end(input.text, after).map(|e| after..e);
    // "all'aeroporto Leonardo da Vinci": the word after an elision.
    let prev = noun_before(input, span.start);
    input.lower[span.clone()]
        .split([' ', '-'])
        .skip(1)
        .any(|w| PLACE_WORD_SET.contains(w))
        || next.is_some_and(|r| r.start > span.end && PLACE_WORD_SET.contains(&input.lower[r]))
        || prev.is_some_and(|r| PLACE_WORD_SET.contains(&input.lower[r]))
}

/// True when a place-of-birth word stands right before `start` ("place of
/// birth St Albans", "místo narození: Jindřichův Hradec"): a town follows.
fn birthplace_before(input: &Input<'_>, start: usize) -> bool {
    let head = input.lower[..start].trim_end_matches([' ', '\t', ':']);
    BIRTHPLACE_WORDS
        .iter()
        .any(|w| head.ends_with(w) && word_start(input.lower, head.len() - w.len()))
}

/// The name without a leading noun that a birth or identity word let in:
/// "Kontoinhaber Silvio Portmann", "Lohnausweis von Sam Haller". The first
/// token goes when it is a trigger word itself, or when it is no listed
/// first name but the next token is one. `None` when a trigger word
/// leaves a single token ("C'est Andrée", whose name the trigger reads).
fn without_leading_noun(input: &Input<'_>, parsed: Parsed) -> Option<Parsed> {
    let first = &input.lower[parsed.first.clone()];
    let Some(next) = next_name_token(input, parsed.first.end, parsed.span.end) else {
        return Some(parsed);
    };
    let trigger = is_trigger_word(first);
    if trigger && parsed.tokens < 3 {
        return None;
    }
    let listed_next = listed_first_name(&input.lower[next.clone()]);
    // "Antrag von Alicia Ullrich", "Pratica di Allegra Sorrentino": a noun
    // and a lowercase particle before a full name are no part of it.
    let particle = || {
        let between = input.text[parsed.first.end..next.start].trim();
        PARTICLE_SET.contains(between) && between.starts_with(|c: char| c.is_lowercase())
    };
    if parsed.tokens < 3 || !(trigger || !listed_first_name(first) && (listed_next || particle())) {
        return Some(parsed);
    }
    Some(Parsed {
        span: next.start..parsed.span.end,
        tokens: parsed.tokens - 1,
        first: next,
    })
}

/// How low the surname model may score a word before it reads as an
/// ordinary word of the six languages rather than any name: "Übergabe"
/// (-73), "Mitglied" (-171), "Lieferadresse" (-133). Rare first names
/// score low too ("Bastiaan" -131), so a low first token alone never
/// rejects a name: the word after it must not read as a surname either.
const ORDINARY: i32 = -70;

/// True when `lower`, no listed first name, reads as an ordinary word.
fn ordinary_word(lower: &str) -> bool {
    !listed_first_name(lower) && surname_score(lower) < ORDINARY
}

/// The name without a first token that reads as an ordinary word (a
/// German noun, which is capitalised, before a name: "Mitglied Lisette
/// Fuchs", "Sperrbildschirm Selam Gebremedhin"); `None` when what is left
/// reads as no surname ("Kaution Bootsverleih", "Übergabe Spätdienst
/// Fundbüro"), unlike "Bastiaan Vaessen".
fn without_ordinary_first(input: &Input<'_>, parsed: Parsed) -> Option<Parsed> {
    if parsed.tokens == 1 || !ordinary_word(&input.lower[parsed.first.clone()]) {
        return Some(parsed);
    }
    let next = next_name_token(input, parsed.first.end, parsed.span.end)?;
    let lower = &input.lower[next.clone()];
    if parsed.tokens < 3 {
        // "Übergabe Spätdienst Fundbüro": read from its second noun, a
        // chain of nouns has an ordinary capitalised word before it too.
        let chained = word_before(input.text, parsed.span.start, 1).is_some_and(|w| {
            is_capitalised(&input.text[w.clone()]) && ordinary_word(&input.lower[w])
        });
        return (surname_like(lower) && !chained).then_some(parsed);
    }
    if ordinary_word(lower) {
        return None;
    }
    Some(Parsed {
        span: next.start..parsed.span.end,
        tokens: parsed.tokens - 1,
        first: next,
    })
}

/// True when `word` is a one-word trigger ("kontoinhaber", "frau"): one
/// hash lookup in the trigger index, not a pass over every trigger.
fn is_trigger_word(word: &str) -> bool {
    let index = trigger_index();
    index.first_of(word).is_some_and(|from| {
        index.keys[from..]
            .iter()
            .take_while(|(k, _)| *k == word)
            .any(|&(_, i)| TRIGGERS[i].0 == word)
    })
}

/// The next capitalised name token after `from` (past particles), before `end`.
fn next_name_token(input: &Input<'_>, from: usize, end: usize) -> Option<Range<usize>> {
    let mut cursor = from;
    for _ in 0..3 {
        let next = single_space(input.text, cursor).filter(|&n| n < end)?;
        if let Some(e) = token_end(input, next, true) {
            return Some(next..e);
        }
        cursor = particle_or_initial_end(input, next)?;
    }
    None
}

/// "Van Damme, Karine", "De Vries, Anna": a capitalised particle that
/// starts a surname before the comma of "Last, First".
fn particle_surname(input: &Input<'_>, at: usize) -> Option<Parsed> {
    let end = letters_end(input.text, at)?;
    if !PARTICLE_SET.contains(&input.lower[at..end]) || !is_capitalised(&input.text[at..end]) {
        return None;
    }
    let next = single_space(input.text, end)?;
    let rest = parse_name(input, next, token_end(input, next, true)?)?;
    (rest.tokens == 1 && input.text.as_bytes().get(rest.span.end) == Some(&b',')).then_some(
        Parsed {
            span: at..rest.span.end,
            tokens: 1,
            first: rest.first,
        },
    )
}

/// True when the name ending at `end` is followed by punctuation, the line
/// end, a lowercase word or a stop-listed capitalised word.
fn boundary_after(input: &Input<'_>, end: usize) -> bool {
    let at = skip_spaces(input.text, end, 8);
    let Some(c) = input.text[at..].chars().next() else {
        return true;
    };
    if !c.is_alphabetic() || c.is_lowercase() {
        return true;
    }
    letters_end(input.text, at).is_some_and(|e| NOT_NAME_SET.contains(&input.lower[at..e]))
}

/// How far, in bytes, a birth or identity word may stand from the name.
const DATA_WINDOW: usize = 80;

/// The birth or identity word within [`DATA_WINDOW`] bytes of `span`, in the
/// same line and sentence, outside the name itself.
fn data_word_near(input: &Input<'_>, span: &Range<usize>) -> Option<Range<usize>> {
    let bytes = input.text.as_bytes();
    let mut start = span.start;
    while start > 0 && span.start - start < DATA_WINDOW && !sentence_break(bytes, start - 1) {
        start -= 1;
    }
    let mut end = span.end;
    while end < bytes.len() && end - span.end < DATA_WINDOW && !sentence_break(bytes, end) {
        end += 1;
    }
    data_word_in(input, start, span.start).or_else(|| data_word_in(input, span.end, end))
}

/// An IBAN's country code and check digits ("DE35 1533 …") within
/// [`DATA_WINDOW`] bytes after the name, in its sentence: the name of a
/// payee ("Erstattung für Zoltán Käser: bitte auf DE35 …").
fn iban_after(input: &Input<'_>, span: &Range<usize>) -> Option<Range<usize>> {
    // A payee's name ends at a colon or comma ("Zoltán Käser: bitte auf
    // DE35 …"); then the shared digit groups find the check digits.
    if !matches!(input.text.as_bytes().get(span.end), Some(b':' | b',')) {
        return None;
    }
    let groups = input.digit_groups();
    let first = groups.partition_point(|g| g.start() < span.end + 2);
    let group = groups
        .get(first)
        .filter(|g| g.start() < span.end + DATA_WINDOW)?;
    let at = group.start() - 2;
    let bytes = input.text.as_bytes();
    if is_word_byte(bytes[at - 1]) || !is_iban_start(&bytes[at..]) {
        return None;
    }
    let between = &bytes[span.end..at];
    // Another capitalised word or a sentence end between: the IBAN is
    // someone else's, or in another sentence.
    let apart = between.iter().enumerate().any(|(i, &b)| {
        let at = span.end + i;
        b.is_ascii_uppercase() && !is_word_byte(bytes[at - 1]) || sentence_break(bytes, at)
    });
    (!apart).then_some(at..at + 4)
}

/// True when `b` starts with an IBAN's country code and check digits and
/// at least 15 digits and capitals in all, grouped by single spaces or
/// not: shorter ones are VAT numbers ("DE749853625").
fn is_iban_start(b: &[u8]) -> bool {
    let shaped = b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit();
    let mut chars = 0;
    for (i, &c) in b.iter().enumerate().take(42) {
        let upper = |c: &u8| c.is_ascii_digit() || c.is_ascii_uppercase();
        if upper(&c) {
            chars += 1;
        } else if c != b' ' || !b.get(i + 1).is_some_and(upper) {
            break;
        }
    }
    shaped && chars >= 15
}

/// How far, in bytes, the e-mail address of a name may stand after it.
const EMAIL_WINDOW: usize = 160;

/// The local part of an e-mail address after the name, in the same line,
/// that holds the name's last token ("Anna Keller … a.keller@firma.ch"):
/// a person's own address names them.
fn own_email_after(input: &Input<'_>, span: &Range<usize>) -> Option<Range<usize>> {
    // Most names have no address after them: the '@' is looked for first,
    // with `str::find`, which skips a word at a time.
    let end = floor_boundary(input.text, span.end + EMAIL_WINDOW);
    let window = &input.text[span.end..end];
    let first = window.find('@')?;
    let line = window.find('\n').unwrap_or(window.len());
    if line < first {
        return None;
    }
    let last = input.lower[span.clone()]
        .rfind([' ', '-'])
        .map_or(0, |i| i + 1);
    let surname = ascii_fold(&input.lower[span.start + last..span.end]);
    let bytes = input.text.as_bytes();
    window[first..line].match_indices('@').find_map(|(i, _)| {
        let at = span.end + first + i;
        let local_len = bytes[span.end..at]
            .iter()
            .rev()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            .count();
        let local = input.lower[at - local_len..at].replace(['.', '_', '-'], "");
        (surname.len() >= 3 && local.contains(&surname)).then_some(at - local_len..at)
    })
}

/// `word` in ASCII letters, as most e-mail addresses write it: "hruška"
/// becomes "hruska", "müller" "muller" (an address with "mueller" is missed).
fn ascii_fold(word: &str) -> String {
    word.chars()
        .filter_map(|c| match c {
            'a'..='z' => Some(c),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => Some('a'),
            'ç' | 'č' | 'ć' => Some('c'),
            'ď' => Some('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ě' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' => Some('i'),
            'ñ' | 'ň' => Some('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => Some('o'),
            'ř' => Some('r'),
            'š' | 'ś' => Some('s'),
            'ť' => Some('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => Some('u'),
            'ý' | 'ÿ' => Some('y'),
            'ž' | 'ź' => Some('z'),
            _ => None,
        })
        .collect()
}

/// True when the byte at `i` ends a sentence: a line break, '!' or '?', or
/// a full stop before a space and a capital.
fn sentence_break(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b'\r' | b'!' | b'?' => true,
        b'.' => {
            bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase)
        }
        _ => false,
    }
}

/// The first birth or identity word that starts in `from..to`.
fn data_word_in(input: &Input<'_>, from: usize, to: usize) -> Option<Range<usize>> {
    if !(from..to).any(|at| data_word_at(input.lower, at)) {
        return None;
    }
    // Some word of the range is one; the walk below tells whether it is the
    // first one a reader meets (a joined word such as "x-born" hides one).
    let lower = input.lower;
    let mut at = from;
    while at < to {
        if lower.is_char_boundary(at) && word_start(lower, at) {
            if let Some(end) = letters_end(lower, at) {
                if is_data_word(&lower[at..end]) {
                    return Some(at..end);
                }
                at = end;
                continue;
            }
        }
        at += 1;
    }
    None
}

/// True when a birth or identity word starts at `at` (a word start). The
/// first two bytes are tested first: most words fail there, unread.
fn data_word_at(lower: &str, at: usize) -> bool {
    let bytes = lower.as_bytes();
    let first = bytes[at];
    let may_start = first.is_ascii_lowercase()
        && bytes
            .get(at + 1)
            .is_some_and(|&b| DATA_STARTS[usize::from(first - b'a')] & (1 << second_class(b)) != 0);
    may_start
        && word_start(lower, at)
        && letters_end(lower, at).is_some_and(|end| is_data_word(&lower[at..end]))
}

fn is_data_word(word: &str) -> bool {
    is_birth_or_id_word(word) || MOBILE_WORD_SET.contains(word)
}

fn is_birth_or_id_word(word: &str) -> bool {
    DATA_WORD_SET.contains(word) || DATA_PREFIXES.iter().any(|p| word.starts_with(p))
}

/// The confidence for a name after a trigger of `kind`; `None` when the
/// trigger needs a listed first name or a line end that is missing.
fn confidence(kind: Kind, known: bool, ends_line: bool) -> Option<f32> {
    let bonus = if known { 0.1 } else { 0.0 };
    match kind {
        Kind::Honorific | Kind::Intro => Some(0.8 + bonus),
        // Greetings also address companies ("Hallo Deutsche Bahn"), so the
        // first name must be a listed one, or the name must end at
        // punctuation or the line end ("Guten Tag Mina Wenger,").
        Kind::Greeting | Kind::Role if known => Some(0.8),
        Kind::Role => ends_line.then_some(0.7),
        Kind::Greeting | Kind::ContactLabel | Kind::ListLabel => ends_line.then_some(0.7 + bonus),
        Kind::NameLabel => Some(0.75 + bonus),
        Kind::WeakHonorific | Kind::WeakIntro | Kind::WeakLabel => known.then_some(0.75),
        Kind::NearData => Some(0.6 + 1.5 * bonus),
        Kind::Signoff if ends_line => Some(0.65 + 1.5 * bonus),
        Kind::Signoff => None,
    }
}

fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Honorific | Kind::WeakHonorific => "full name after the honorific",
        Kind::Greeting => "full name after the greeting",
        Kind::Intro | Kind::WeakIntro => "full name after",
        Kind::NameLabel | Kind::ContactLabel | Kind::WeakLabel => "full name after the label",
        Kind::Role => "full name after the role word",
        Kind::ListLabel => "full name in the list after",
        Kind::NearData => "full name next to",
        Kind::Signoff => "name signed after",
    }
}

// ---------------------------------------------------------------- names

/// The run of name tokens starting at `at`: capitalised words, particles
/// and middle initials after the first name ("Jan de Boer", "Anna M.
/// Muster"); stops at a common word or punctuation. A particle after the
/// surname starts something else ("Peter Brunner von Swisscom"). The
/// first token, `at..first_end`, has passed [`token_end`].
fn parse_name(input: &Input<'_>, at: usize, first_end: usize) -> Option<Parsed> {
    let mut parsed = Parsed {
        span: at..first_end,
        tokens: 1,
        first: at..first_end,
    };
    let mut cursor = first_end;
    let mut particles = 0;
    while let Some(next) = single_space(input.text, cursor) {
        if let Some(end) = token_end(input, next, false) {
            parsed.tokens += 1;
            parsed.span.end = end;
            particles = 0;
            cursor = end;
        } else if let Some(end) = particle_or_initial_end(input, next)
            .filter(|_| particles < 2 && particle_may_follow(input.text, next, parsed.tokens))
        {
            particles += 1;
            cursor = end;
        } else {
            break;
        }
        // "Quang Huy Le", "Thi Mai Do": a capitalised particle-like word
        // that ends the run after two name tokens is a short surname.
        if particles == 1 && parsed.tokens >= 2 && short_surname_ends(input, next, cursor) {
            parsed.tokens += 1;
            parsed.span.end = cursor;
            break;
        }
        // One token past the limit is enough to reject the run: reading
        // on would make a text of capitalised words quadratic.
        if let Some(len) = possessive(input.text, parsed.span.end) {
            // "Dante Goldoni's mobile": the name, without the 's.
            parsed.span.end -= len;
            break;
        }
        if parsed.tokens > MAX_TOKENS {
            break;
        }
    }
    (parsed.tokens <= MAX_TOKENS && !noun_ending(input, &parsed.span)).then_some(parsed)
}

/// True when the word `at..end` is capitalised (not in capitals, not an
/// initial) and no name token follows it: a lowercase word, a mark or the
/// end of the text comes next.
fn short_surname_ends(input: &Input<'_>, at: usize, end: usize) -> bool {
    let text = input.text;
    let bytes = text.as_bytes();
    let capitalised = bytes.get(at).is_some_and(u8::is_ascii_uppercase)
        && bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase);
    let after = skip_spaces(text, end, 2);
    let next = text[after..].chars().next();
    capitalised
        && (end == after && next.is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | ';'))
            || after > end && next.is_some_and(char::is_lowercase))
}

/// Endings of compound words for associations ("Hockeyclub", "Turnverein",
/// "Sportvereniging"): a name holding one is a club, never a person.
const CLUB_ENDINGS: &[&str] = &[
    "club",
    "klub",
    "verein",
    "vereniging",
    "stichting",
    "stiftung",
];

/// True when a token of the name at `span` is a club's compound word.
fn club_word(input: &Input<'_>, span: &Range<usize>) -> bool {
    input.lower[span.clone()].split(' ').any(|w| {
        CLUB_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
    })
}

/// True when a particle at `at` may continue a name of `tokens` tokens:
/// after the first name ("Jan de Boer"), or capitalised after two tokens,
/// where a Flemish surname starts ("Dossier Evelyne De Weerdt", whose
/// leading noun goes later); a lowercase one there starts something else
/// ("Peter Brunner von Swisscom").
fn particle_may_follow(text: &str, at: usize, tokens: usize) -> bool {
    tokens == 1 || tokens == 2 && text.as_bytes()[at].is_ascii_uppercase()
}

/// The end of a name token at `at`: a capitalised word that is not a common
/// word (after the first token, a surname in capitals also counts).
fn token_end(input: &Input<'_>, at: usize, first: bool) -> Option<usize> {
    // A first token must be capitalised: reject the others unread.
    if first && !starts_upper(input.text, at) {
        return None;
    }
    let end = letters_end(input.text, at)?;
    let word = &input.text[at..end];
    let lower = input.lower.get(at..end)?;
    let shaped = is_capitalised(word)
        || (!first && (is_upper(word) && word.chars().count() >= 3 || elided_particle(word)));
    let glued = input
        .text
        .as_bytes()
        .get(end)
        .is_some_and(|b| b.is_ascii_digit() || *b == b'_' || *b == b'@');
    // "That's", "Here's": a common word with a clitic is still common.
    let base = possessive(lower, lower.len()).map_or(lower, |len| &lower[..lower.len() - len]);
    (shaped && !glued && !NOT_NAME_SET.contains(base) && !common_word_part(lower)).then_some(end)
}

/// True when `word` is a surname behind an elided French particle
/// ("d'Espagnac", "d’Estaing"): the particle joins the word it elides into.
fn elided_particle(word: &str) -> bool {
    ["d'", "d’"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .is_some_and(is_capitalised)
}

/// True when a part of a hyphenated word is a common word other than a
/// particle: "Social-Media-Team" is a department, not a double-barrelled
/// surname; "Viaene-De Meyer" is one.
fn common_word_part(lower: &str) -> bool {
    lower.contains('-')
        && lower
            .split('-')
            .any(|part| NOT_NAME_SET.contains(part) && !PARTICLE_SET.contains(part))
}

/// The end of a particle ("von", "van der") or a middle initial ("M.") at `at`.
fn particle_or_initial_end(input: &Input<'_>, at: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    if bytes.get(at).is_some_and(u8::is_ascii_uppercase) && bytes.get(at + 1) == Some(&b'.') {
        return Some(at + 2);
    }
    let end = letters_end(input.text, at)?;
    PARTICLE_SET.contains(&input.lower[at..end]).then_some(end)
}

/// The start of the next word after exactly one or two spaces.
fn single_space(text: &str, at: usize) -> Option<usize> {
    let next = skip_spaces(text, at, 2);
    (next > at).then_some(next)
}

/// The length of the possessive ending of the token ending at `end`
/// ("Victoria's"), if it has one.
fn possessive(text: &str, end: usize) -> Option<usize> {
    ["'s", "’s"]
        .into_iter()
        .find(|s| text[..end].ends_with(s))
        .map(str::len)
}

/// Endings that mark a surname in the languages of the main immigrant
/// groups: Czech and Slovak "-ová", Polish "-ski/-cka/-wicz/-czyk",
/// Ukrainian "-enko/-czuk", Romanian "-escu/-eanu", South Slavic "-ović/-ić",
/// Turkish "-oğlu". No common word of the six languages ends so.
const SURNAME_ENDINGS: &[&str] = &[
    "ová", "ski", "ska", "cki", "cka", "wicz", "czyk", "enko", "czuk", "szuk", "chuk", "escu",
    "eanu", "ović", "ević", "ić", "oğlu",
];

/// True when a word of the name `lower` ends like a surname
/// ([`SURNAME_ENDINGS`]): such a name needs no listed first name.
fn surname_shaped(lower: &str) -> bool {
    lower
        .split([' ', '-', ','])
        .any(|w| w.chars().count() > 4 && SURNAME_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// True when the last token ends like a German abstract noun ("Gesundheit").
fn noun_ending(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// "Muster, Anna": a single token, a comma, a first name (and middle name).
fn last_first(input: &Input<'_>, parsed: &Parsed) -> Option<Range<usize>> {
    let bytes = input.text.as_bytes();
    if bytes.get(parsed.span.end) != Some(&b',') {
        return None;
    }
    let start = single_space(input.text, parsed.span.end + 1)?;
    let end = token_end(input, start, true)?;
    let end = single_space(input.text, end)
        .and_then(|s| token_end(input, s, true))
        .unwrap_or(end);
    ends_line(input.text, end).then_some(parsed.span.start..end)
}

/// True when the first name after the comma of "Muster, Anna" is listed.
fn last_first_known(input: &Input<'_>, span: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    lower
        .split_once(", ")
        .and_then(|(_, first)| first.split(' ').next())
        .is_some_and(listed_first_name)
}

/// True when the line ends after `end`, or punctuation closes the name: a
/// middle dot between fields ([`middle_dot_at`]), a
/// mark, a bracket, a colon before the data it labels ("Zeiner, Marvin:
/// 0824…"), or a symbol or emoji ("Sebattin Hançer 💪"), whose UTF-8 lead
/// bytes 0xE2 (U+2000–U+2FFF: dashes, quotes, arrows, dingbats) and 0xF0
/// (emoji) start no letter of the six languages.
fn ends_line(text: &str, end: usize) -> bool {
    let at = skip_spaces(text, end, 8);
    middle_dot_at(text.as_bytes(), at)
        || matches!(
            text.as_bytes().get(at),
            None | Some(
                b'\n'
                    | b'\r'
                    | b','
                    | b'.'
                    | b'!'
                    | b'?'
                    | b';'
                    | b':'
                    | b'|'
                    | b'('
                    | b')'
                    | b'-'
                    | 0xE2
                    | 0xF0
            )
        )
}

/// True when a middle dot ("·", U+00B7) stands at `at`: the field
/// separator of ticket and status lines ("assigned to Beck, Amelie · in
/// progress").
fn middle_dot_at(bytes: &[u8], at: usize) -> bool {
    bytes.get(at..at + 2) == Some(&[0xC2, 0xB7])
}

/// True for brand names that look like people ("Hugo Boss", "Dr. Oetker").
/// Looks at each token start of the (short) name, without allocating.
fn is_brand(input: &Input<'_>, span: &Range<usize>, trigger: &Range<usize>) -> bool {
    let key = &input.lower[span.clone()];
    let honorific = &input.lower[trigger.clone()];
    let holds_at =
        |at: usize, words: &str| key[at..].starts_with(words) && word_end(key, at + words.len());
    let mut starts = std::iter::once(0).chain(key.match_indices(' ').map(|(i, _)| i + 1));
    starts.any(|at| BRANDS.iter().any(|b| holds_at(at, b)))
        || HONORIFIC_BRANDS.iter().any(|b| {
            b.strip_prefix(honorific)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| holds_at(0, rest))
        })
}

// ---------------------------------------------------------------- triggers

/// The trigger right before the name at `start`, and where it stands.
fn trigger_before(input: &Input<'_>, start: usize) -> Option<(Kind, Range<usize>)> {
    let bytes = input.text.as_bytes();
    let before = skip_spaces_back(input.text, start, 3);
    let prev = *bytes.get(before.checked_sub(1)?)?;
    match prev {
        b'\n' => signoff_line_before(input, before - 1)
            .or_else(|| address_label_line_before(input, before - 1)),
        b':' => phrase_before(input, label_end(input.text, before - 1), is_label)
            .or_else(|| list_label_at_colon(input, before - 1)),
        b',' => phrase_before(input, before - 1, |k| {
            matches!(k, Kind::Greeting | Kind::Signoff)
        })
        .or_else(|| list_label_before(input, before - 1)),
        b';' => list_label_before(input, before - 1),
        b'>' | 0x92 => arrow_item(input, before),
        b'-' | b'*' => bullet_list_label(input, before - 1),
        _ if before < start => trigger_without_colon(input, before)
            .or_else(|| list_label_before(input, conjunction_before(input, before)?))
            .or_else(|| thanks_to(input, before)),
        _ => None,
    }
}

/// The trigger ending at `end` that stands without a colon. A name or
/// contact label without its colon ("Kontoinhaber Anna Muster", "titulaire
/// Jean Dupont", "Ansprechpartnerin Eva Keller") is a role word.
fn trigger_without_colon(input: &Input<'_>, end: usize) -> Option<(Kind, Range<usize>)> {
    let role = |k| matches!(k, Kind::NameLabel | Kind::ContactLabel);
    // "cc Anna Muster, …": a copy label is one without its colon too.
    let copy = ["cc", "bcc"]
        .into_iter()
        .find(|c| ends_with_word(input.lower, end, c));
    if let Some(c) = copy {
        return Some((Kind::WeakLabel, end - c.len()..end));
    }
    let (kind, span) = phrase_before(input, end, |k| !is_label(k) || role(k))?;
    Some((if role(kind) { Kind::Role } else { kind }, span))
}

/// "Un grazie enorme a …", "Dikke merci aan …", "ein großes Dankeschön
/// an …": a thanks word, at most one word, and the preposition of whom the
/// thanks go to, as the listed "Grazie a …" without the words between.
#[cold]
fn thanks_to(input: &Input<'_>, end: usize) -> Option<(Kind, Range<usize>)> {
    let prep = letters_start(input.lower, end)?;
    if !matches!(&input.lower[prep..end], "a" | "à" | "an" | "aan" | "to") {
        return None;
    }
    let mut word_end = skip_spaces_back(input.text, prep, 2);
    for _ in 0..2 {
        let start = letters_start(input.lower, word_end).filter(|_| word_end < prep)?;
        let word = &input.lower[start..word_end];
        if matches!(
            word,
            "grazie" | "merci" | "dank" | "danke" | "dankeschön" | "thanks" | "díky"
        ) {
            return Some((Kind::Role, start..end));
        }
        word_end = skip_spaces_back(input.text, start, 2);
    }
    None
}

/// True for the kinds that stand before a colon.
fn is_label(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::NameLabel | Kind::ContactLabel | Kind::WeakLabel | Kind::ListLabel
    )
}

/// How far back, in bytes, a list item looks for the label of its list.
const LIST_WINDOW: usize = 160;

/// The list label ("Teilnehmende:") whose colon stands before `at` in the
/// same line, within [`LIST_WINDOW`] bytes: the name at `at` is a later
/// item of that list.
fn list_label_before(input: &Input<'_>, at: usize) -> Option<(Kind, Range<usize>)> {
    // Most commas have no colon before them: `rfind` skips a word at a time.
    let from = floor_boundary(input.text, at.saturating_sub(LIST_WINDOW));
    let colon = from + input.text[from..at].rfind(':')?;
    if input.text[colon..at].contains(['\n', '\r']) {
        return None;
    }
    list_label_at_colon(input, colon)
}

/// Words a list label may carry before its colon: "Partecipanti alla
/// riunione:", "Participants au comité :", "Teilnehmende Workshop X:".
const LABEL_WORDS: usize = 3;

/// The list label of the colon at `colon`: right before it, or up to
/// [`LABEL_WORDS`] words before it on the same line.
fn list_label_at_colon(input: &Input<'_>, colon: usize) -> Option<(Kind, Range<usize>)> {
    let mut end = label_end(input.text, colon);
    for _ in 0..=LABEL_WORDS {
        if let Some(found) = phrase_before(input, end, |k| k == Kind::ListLabel) {
            return Some(found);
        }
        let start = letters_start(input.text, end)?;
        end = skip_spaces_back(input.text, start, 2);
        if end == start {
            return None;
        }
    }
    None
}

/// Lines a bulleted list may run before the name.
const BULLET_LINES: usize = 12;

/// The list label for an item of a bulleted list ("Attendees:" then "- Anna
/// Muster" lines): the bullet at `bullet` starts its line, and the lines
/// above it are bullets up to one that ends with a list label's colon.
fn bullet_list_label(input: &Input<'_>, bullet: usize) -> Option<(Kind, Range<usize>)> {
    let bytes = input.text.as_bytes();
    let mut line_start = skip_spaces_back(input.text, bullet, 4);
    for _ in 0..BULLET_LINES {
        if line_start == 0 || bytes[line_start - 1] != b'\n' {
            return None;
        }
        let prev_end =
            line_start - 1 - usize::from(line_start > 1 && bytes[line_start - 2] == b'\r');
        let prev_start = input.text[..prev_end].rfind('\n').map_or(0, |i| i + 1);
        let line = input.text[prev_start..prev_end].trim_end();
        if line.ends_with(':') {
            return list_label_at_colon(input, prev_start + line.len() - 1);
        }
        if !line.trim_start().starts_with(['-', '*', '•']) {
            return None;
        }
        line_start = prev_start;
    }
    None
}

/// An arrow that assigns a task to the name in a bulleted line ("- suppliers
/// → Anna Muster", "• L2 support -> Tom Reed"): a handover list, whose
/// items name people like a list label's, so the name must end its item.
fn arrow_item(input: &Input<'_>, before: usize) -> Option<(Kind, Range<usize>)> {
    let head = &input.text[..before];
    let arrow = ["→", "⇒", "->", "=>"]
        .into_iter()
        .find(|a| head.ends_with(a))
        .map(|a| before - a.len())?;
    let line_start = head[..arrow].rfind('\n').map_or(0, |i| i + 1);
    let line = head[line_start..arrow].trim_start();
    line.starts_with(['-', '*', '•', '–'])
        .then_some((Kind::ListLabel, arrow..before))
}

/// True when an arrow points to a place, not a person ("- Zürich → Bern
/// Bümpliz"): the first token is a known town, or a token a place word (a
/// town after a particle is a surname: "Ivan von Thun").
fn arrow_to_place(input: &Input<'_>, span: &Range<usize>, trigger: &Range<usize>) -> bool {
    let lower = &input.lower[span.clone()];
    let first = lower.split([' ', '-']).next().unwrap_or_default();
    matches!(&input.text[trigger.clone()], "→" | "⇒" | "->" | "=>")
        && (is_known_town(first) || lower.split([' ', '-']).any(|w| PLACE_WORD_SET.contains(w)))
}

/// Words that put one person in place of another, lowercase: "Liliana
/// Klocker statt Haruto Takahashi", "Tom Reed instead of Ann Lee".
const INSTEAD_OF: &[&str] = &[
    "statt",
    "anstelle von",
    "instead of",
    "au lieu de",
    "à la place de",
    "invece di",
    "al posto di",
    "in plaats van",
    "místo",
    "namísto",
];

/// Conjunctions that join list items, lowercase.
const CONJUNCTIONS: &[&str] = &["a", "and", "e", "en", "et", "i", "sowie", "und"];

/// Prepositions repeated after a conjunction before the next name ("et à",
/// "und an", "and to", "e a", "en aan", "a pro").
const REPEATED_PREPOSITIONS: &[&str] = &[
    "a", "aan", "an", "for", "für", "pour", "pro", "to", "voor", "à",
];

/// True when a conjunction that joins list items ("und", "and", "et")
/// starts at `at`.
fn conjunction_at(input: &Input<'_>, at: usize) -> bool {
    let rest = input.lower.get(at..).unwrap_or_default();
    CONJUNCTIONS
        .iter()
        .any(|c| rest.starts_with(c) && word_end(input.lower, at + c.len()))
}

/// The start of the conjunction that ends at `end`, if one does.
fn conjunction_before(input: &Input<'_>, end: usize) -> Option<usize> {
    CONJUNCTIONS
        .iter()
        .find(|c| ends_with_word(input.lower, end, c))
        .map(|c| end - c.len())
}

/// The end of the label before the colon at `colon`, without a short
/// bracketed ending: "Ansprechpartner(in):", "Kunde(in) :".
fn label_end(text: &str, colon: usize) -> usize {
    let end = skip_spaces_back(text, colon, 3);
    let head = &text.as_bytes()[end.saturating_sub(6)..end];
    match (head.last(), head.iter().rposition(|&b| b == b'(')) {
        (Some(b')'), Some(open)) => end - head.len() + open,
        _ => end,
    }
}

/// Stems of address words: "Billing address:", "Correspondentieadres:",
/// "Nuovo recapito del cliente:", "Lieferanschrift:", "Adresa:".
const ADDRESS_STEMS: &[&str] = &["adres", "address", "anschrift", "indirizzo", "recapito"];

/// An address label ending with a colon on the line before the name, which
/// starts the address block: the name must end its line.
fn address_label_line_before(input: &Input<'_>, newline: usize) -> Option<(Kind, Range<usize>)> {
    let end = skip_spaces_back(input.text, newline, 8);
    let end = end - usize::from(input.text.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r'));
    let colon = end
        .checked_sub(1)
        .filter(|&c| input.text.as_bytes()[c] == b':')?;
    let start = floor_boundary(input.text, colon.saturating_sub(60));
    let start = input.lower[start..colon]
        .rfind('\n')
        .map_or(start, |i| start + i + 1);
    let label = &input.lower[start..colon];
    ADDRESS_STEMS
        .iter()
        .any(|stem| label.contains(stem))
        .then_some((Kind::ContactLabel, start..colon))
}

/// A sign-off that ends the line before the name (one blank line allowed).
fn signoff_line_before(input: &Input<'_>, newline: usize) -> Option<(Kind, Range<usize>)> {
    let bytes = input.text.as_bytes();
    let mut end = newline;
    for _ in 0..2 {
        end = skip_spaces_back(input.text, end, 8);
        if end > 0 && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        if end > 0 && bytes[end - 1] == b'\n' {
            end -= 1;
        }
    }
    while end > 0
        && matches!(bytes[end - 1], b',' | b'!' | b'.' | b' ' | b'\t')
        && newline - end < 8
    {
        end -= 1;
    }
    phrase_before(input, end, |k| k == Kind::Signoff)
}

/// The longest trigger of an accepted kind that ends at `end`.
fn phrase_before(
    input: &Input<'_>,
    end: usize,
    accept: impl Fn(Kind) -> bool,
) -> Option<(Kind, Range<usize>)> {
    let key_end = if input.text.as_bytes().get(end.checked_sub(1)?) == Some(&b'.') {
        end - 1
    } else {
        end
    };
    // A byte-level guess of the last word feeds the filter; only words that
    // pass it are read char by char.
    let bytes = input.lower.as_bytes();
    let guess = bytes[..key_end]
        .iter()
        .rev()
        .take(MAX_WORD)
        .take_while(|&&b| is_word_byte(b) || b == b'\'')
        .count();
    let index = trigger_index();
    if !index.may_hold(&bytes[key_end - guess..key_end]) {
        return None;
    }
    let key_start = letters_start(input.lower, key_end)?;
    let key = &input.lower[key_start..key_end];
    let from = index.first_of(key)?;
    index.keys[from..]
        .iter()
        .take_while(|(k, _)| *k == key)
        .map(|&(_, i)| TRIGGERS[i])
        .filter(|&(phrase, kind)| accept(kind) && ends_with_word(input.lower, end, phrase))
        .filter(|&(phrase, kind)| written_as_trigger(input.text, end - phrase.len(), end, kind))
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|(phrase, kind)| (kind, end - phrase.len()..end))
}

/// True when `phrase` ends at `end` and starts at a word start.
fn ends_with_word(lower: &str, end: usize, phrase: &str) -> bool {
    lower.get(..end).is_some_and(|head| head.ends_with(phrase))
        && word_start(lower, end - phrase.len())
}

/// Honorifics in capitals are something else ("MS Teams", "DR Congo"); the
/// French "Me" (Maître) only counts written so, never the English "me".
fn written_as_trigger(text: &str, start: usize, end: usize, kind: Kind) -> bool {
    let word = &text[start..end];
    if word.eq_ignore_ascii_case("me") {
        return word == "Me";
    }
    !matches!(kind, Kind::Honorific | Kind::WeakHonorific) || !is_upper(word) || word == "M."
}

/// Triggers by their last word, with a small filter that rejects most
/// other words before the lookup.
struct TriggerIndex {
    /// (last word, index into [`TRIGGERS`]), sorted.
    keys: Vec<(&'static str, usize)>,
    /// Each last word once, and where it first stands in `keys`.
    last_words: Vec<&'static str>,
    firsts: Vec<usize>,
    /// `last_words` for lookups by hash, not a binary search (issue 2).
    table: WordTable,
    /// One bit per hash of a last word: 4096 bits for ~350 words, so most
    /// other words miss.
    filter: [u64; 64],
}

impl TriggerIndex {
    /// Where the triggers with last word `key` start in `keys`.
    fn first_of(&self, key: &str) -> Option<usize> {
        let i = self.table.find(&self.last_words, key)?;
        Some(self.firsts[i])
    }

    fn hash(b: &[u8]) -> usize {
        let (first, last) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        let second = b.get(1).copied().unwrap_or(0);
        (usize::from(first) * 131
            + usize::from(second) * 31
            + usize::from(last) * 7
            + b.len() * 1031)
            % 4096
    }

    fn may_hold(&self, key: &[u8]) -> bool {
        let h = Self::hash(key);
        self.filter[h / 64] & (1 << (h % 64)) != 0
    }
}

/// The trigger index, built once.
fn trigger_index() -> &'static TriggerIndex {
    static INDEX: OnceLock<TriggerIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut keys: Vec<_> = TRIGGERS
            .iter()
            .enumerate()
            .map(|(i, (p, _))| (last_word(p), i))
            .collect();
        keys.sort_unstable();
        let mut filter = [0u64; 64];
        let (mut last_words, mut firsts) = (Vec::new(), Vec::new());
        for (i, (key, _)) in keys.iter().enumerate() {
            let h = TriggerIndex::hash(key.as_bytes());
            filter[h / 64] |= 1 << (h % 64);
            if last_words.last() != Some(key) {
                last_words.push(key);
                firsts.push(i);
            }
        }
        TriggerIndex {
            table: WordTable::new(&last_words),
            keys,
            last_words,
            firsts,
            filter,
        }
    })
}

/// The last word of a trigger phrase, as [`phrase_before`] reads it.
fn last_word(phrase: &'static str) -> &'static str {
    let end = phrase.strip_suffix('.').map_or(phrase.len(), str::len);
    let start = letters_start(phrase, end).unwrap_or(0);
    &phrase[start..end]
}

/// Possessive determiners, lowercase, in the six languages: "your",
/// "Ihrem", "vostro", "uw", "váš" before a role noun and a name. Not
/// "my", which is also Czech for "we".
fn is_possessive(w: &str) -> bool {
    matches!(
        w,
        "her"
            | "his"
            | "ihr"
            | "ihre"
            | "ihrem"
            | "ihren"
            | "ihrer"
            | "jouw"
            | "mein"
            | "meine"
            | "meinem"
            | "meinen"
            | "mijn"
            | "mon"
            | "moje"
            | "naše"
            | "našeho"
            | "náš"
            | "nos"
            | "nostra"
            | "nostro"
            | "notre"
            | "onze"
            | "our"
            | "sa"
            | "son"
            | "tuo"
            | "tua"
            | "unser"
            | "unsere"
            | "unserem"
            | "unseren"
            | "uw"
            | "vaše"
            | "vašeho"
            | "vaší"
            | "votre"
            | "vos"
            | "vostra"
            | "vostro"
            | "váš"
            | "your"
    )
}

/// "your engineer Jai Saini", "vostro tecnico Ermanno Serraglio", "Ihrem
/// Techniker Kiano Büchel", "uw adviseur Sanne Bakker": a possessive
/// determiner and one noun before a full name make the name someone's
/// role, a person. The name has two or three tokens, a listed first name
/// or a surname the model reads as one, ends at a boundary and is no
/// place, town or brand.
#[cold]
fn possessed_role(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let noun = word_before(input.text, at, 1)?;
    let owner = word_before(input.text, noun.start, 1)?;
    let owner_l = &input.lower[owner.clone()];
    // Written in lowercase, or the capitalised German polite "Ihr…": a
    // capitalised "My" or "Your" is more often a title ("My Wife Ran Off").
    let running =
        input.text[owner.clone()].starts_with(char::is_lowercase) || owner_l.starts_with("ihr");
    if noun.len() < 4 || !running || !is_possessive(owner_l) {
        return None;
    }
    let first_end = token_end(input, at, true)?;
    let parsed = parse_name(input, at, first_end)?;
    let reads = || {
        listed_first_name(&input.lower[at..first_end]) || surname_like(last_token(input, &parsed))
    };
    if !(2..=3).contains(&parsed.tokens)
        || !reads()
        || !boundary_after(input, parsed.span.end)
        || not_a_person(input, &parsed.span)
    {
        return None;
    }
    Some(Candidate::new(
        RULE,
        parsed.span,
        0.6,
        Cow::Borrowed("a full name after a possessive and a role noun"),
    ))
}

// ------------------------------------------------------------ list shapes

/// A "SURNAME Given" item at `at`, as forms and attendance lists print
/// names ("WALSER Armin", "KOČÍ Magdaléna"): a word of three letters or
/// more in capitals, one space, a capitalised word, then the end of the
/// item (punctuation or the line's end, not another word). The given name
/// is listed or the surname reads as one ([`surname_like`]); gives the
/// item's span and whether the given name is listed.
fn caps_first_item(input: &Input<'_>, at: usize) -> Option<(Range<usize>, bool)> {
    let text = input.text;
    let surname_end = letters_end(text, at)?;
    let surname = &text[at..surname_end];
    if surname.chars().nth(2).is_none() || !is_upper(surname) {
        return None;
    }
    let given = surname_end + 1;
    if text.as_bytes().get(surname_end) != Some(&b' ') || !starts_upper(text, given) {
        return None;
    }
    let end = letters_end(text, given)?;
    let closed = matches!(
        text.as_bytes().get(end),
        None | Some(b',' | b';' | b'.' | b'\n' | b'\r' | b')')
    );
    let surname_l = &input.lower[at..surname_end];
    if !closed
        || !is_capitalised(&text[given..end])
        || is_known_town(surname_l)
        || PLACE_WORD_SET.contains(surname_l)
    {
        return None;
    }
    let listed = first_name_rank(&input.lower[given..end]).is_some();
    (listed || surname_like(surname_l)).then_some((at..end, listed))
}

/// "Teilnehmerliste: WALSER Armin, SIVAKUMAR Nila, WOLF Matthias",
/// "Présents : GRENIER Timothée, BOUCHER Thérèse": an item "SURNAME
/// Given" ([`caps_first_item`]) with a sibling of the same shape after or
/// before its comma is a person, when one of the two has a listed first
/// name; one such pair alone may be an acronym and a name ("IBM Anna"),
/// two in a list are a list of people.
#[cold]
fn caps_surname_first(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let second = at + input.text[at..].chars().next().map_or(1, char::len_utf8);
    if !starts_upper(input.text, second) {
        return None;
    }
    let (span, listed) = caps_first_item(input, at)?;
    let text = input.text;
    let next = || {
        let n = skip_spaces(text, span.end + 1, 2);
        let comma = text.as_bytes().get(span.end) == Some(&b',') && n > span.end + 1;
        comma
            .then(|| caps_first_item(input, n))
            .flatten()
            .is_some_and(|(_, l)| listed || l)
    };
    let prev = || {
        let comma = skip_spaces_back(text, at, 2);
        if comma == at || comma == 0 || text.as_bytes()[comma - 1] != b',' {
            return false;
        }
        let given = letters_start(text, comma - 1);
        let surname = given.and_then(|g| word_before(text, g, 1));
        surname.is_some_and(|s| {
            caps_first_item(input, s.start)
                .is_some_and(|(item, l)| item.end == comma - 1 && (listed || l))
        })
    };
    if !(next() || prev()) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a 'SURNAME Given' item in a list of them"),
    ))
}

/// A "Last, First" item at `at`: a capitalised surname (after a
/// capitalised particle: "Van Damme", "Di Stefano"), a comma, one space
/// and a capitalised given name, both no common word; lowercase particles
/// right before `at` ("du Pasquier", "de Souza") join the span. Gives the
/// span and where the surname and the given name stand.
fn last_first_item(
    input: &Input<'_>,
    at: usize,
) -> Option<(Range<usize>, Range<usize>, Range<usize>)> {
    let text = input.text;
    let mut surname = at;
    let word_end = letters_end(text, at)?;
    if PARTICLE_SET.contains(&input.lower[at..word_end]) {
        surname = single_space(text, word_end)?;
    }
    let surname_end = token_end(input, surname, true)?;
    if text.as_bytes().get(surname_end..surname_end + 2) != Some(b", ") {
        return None;
    }
    let given = surname_end + 2;
    let given_end = token_end(input, given, true)?;
    let start = particles_before(input, at).unwrap_or(at);
    Some((start..given_end, surname..surname_end, given..given_end))
}

/// "Walker, Terence; Bùi, Vân; de Souza, Jay", "Marquet, Emma ;
/// Ghebremedhin, Helen": "Last, First" items joined by semicolons are a
/// list of people, however the list is introduced. The item at `at` has a
/// sibling of the same shape across a semicolon, its given name is listed
/// or its surname reads as one, one of the two given names is listed
/// ("Salz, Pfeffer; Zucker, Mehl" is a shopping list), and no word is a
/// place or a town.
#[cold]
fn semicolon_last_first(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let (span, surname, given) = last_first_item(input, at)?;
    let (text, bytes) = (input.text, input.text.as_bytes());
    let listed = |g: Range<usize>| first_name_rank(&input.lower[g]).is_some();
    let after = skip_spaces(text, span.end, 2);
    let next = || {
        if bytes.get(after) != Some(&b';') {
            return None;
        }
        let mut n = skip_spaces(text, after + 1, 2);
        // Lowercase particles before the next surname ("; de Souza, Jay").
        for _ in 0..2 {
            match letters_end(text, n) {
                Some(e) if PARTICLE_SET.contains(&text[n..e]) => match single_space(text, e) {
                    Some(next) => n = next,
                    None => break,
                },
                _ => break,
            }
        }
        (n > after + 1 && n < bytes.len())
            .then(|| last_first_item(input, n))
            .flatten()
    };
    let prev = || {
        let semi = skip_spaces_back(text, span.start, 2);
        if semi == 0 || bytes[semi - 1] != b';' {
            return None;
        }
        let end = skip_spaces_back(text, semi - 1, 2);
        let given = letters_start(text, end)?;
        let comma = given
            .checked_sub(2)
            .filter(|&c| &bytes[c..given] == b", ")?;
        let mut start = letters_start(text, comma)?;
        // "Van Damme, Elize; …": a capitalised particle before the surname.
        if let Some(p) = word_before(text, start, 1).filter(|p| {
            PARTICLE_SET.contains(&input.lower[p.clone()]) && is_capitalised(&text[p.clone()])
        }) {
            start = p.start;
        }
        last_first_item(input, start).filter(|item| item.0.end == end)
    };
    let (given_l, surname_l) = (&input.lower[given.clone()], &input.lower[surname]);
    let own = listed(given.clone());
    let reads = own || surname_like(surname_l) || surname_shaped(surname_l);
    let town = is_known_town(given_l) || is_known_town(surname_l);
    if !reads || town || not_a_person(input, &span) {
        return None;
    }
    // A sibling across a semicolon; one of the two has a listed first name.
    let sibling = |item: Option<(Range<usize>, Range<usize>, Range<usize>)>| {
        item.is_some_and(|(_, _, g)| own || listed(g))
    };
    if !sibling(next()) && !sibling(prev()) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.65,
        Cow::Borrowed("a 'Last, First' item in a list joined by semicolons"),
    ))
}

/// "INC-30094 · assigned to Beck, Amelie · in progress", "řeší Hrušková,
/// Žofie | v řešení": a "Last, First" after a lowercase word and closed by
/// a field separator (a middle dot, a bar or a tab), as tickets and
/// tables print the person a field names; not the line's end, which also
/// closes a sentence ("… prodotto Michelangelo, Leonardo⏎da Vinci"). The given name is
/// common at home and the surname reads as one; no word is a town.
#[cold]
fn closed_last_first(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let (span, surname, given) = last_first_item(input, at)?;
    let (text, bytes) = (input.text, input.text.as_bytes());
    let after = skip_spaces(text, span.end, 2);
    let closed = matches!(bytes.get(after), Some(b'|' | b'\t')) || middle_dot_at(bytes, after);
    let lowercase_before =
        word_before(text, span.start, 2).is_some_and(|w| !text[w].starts_with(char::is_uppercase));
    let (given_l, surname_l) = (&input.lower[given], &input.lower[surname]);
    if !closed
        || !lowercase_before
        || first_name_rank(given_l).is_none()
        || !(surname_like(surname_l) || surname_shaped(surname_l))
        || is_known_town(given_l)
        || is_known_town(surname_l)
        || not_a_person(input, &span)
    {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.6,
        Cow::Borrowed("a 'Last, First' closed by a field separator"),
    ))
}

/// Cheap pre-check of a "Last, First" at `at`: a comma right after the
/// word (with its hyphenated parts), or after the next word when this one
/// has at most three letters and may be a capitalised particle ("Di
/// Stefano, …").
fn comma_follows(bytes: &[u8], at: usize) -> bool {
    let mut end = skip_word(bytes, at);
    while matches!(bytes.get(end), Some(b'-' | b'\'')) && end - at < 48 {
        end = skip_word(bytes, end);
    }
    match bytes.get(end) {
        Some(b',') => true,
        Some(b' ') if end - at <= 3 && bytes.get(end + 1).is_some_and(|&b| is_word_byte(b)) => {
            bytes.get(skip_word(bytes, end + 1)) == Some(&b',')
        }
        _ => false,
    }
}

/// True when `at` starts an initial: a capital, a dot and a space ("A. ").
fn initial_follows(bytes: &[u8], at: usize) -> bool {
    bytes.get(at + 1..at + 3) == Some(b". ")
}

/// "von A. C. Richter gebucht", "(backup H. R. Kidane)", "Kudos to K.
/// Santos": initials and a surname in running text, after a trigger, a
/// lowercase word, a comma or an opening bracket (not at a line's start
/// or after a dash, where signatures and attributions stand: "-- T. S. Eliot"). Two
/// or three initials before a capitalised word that is no common word,
/// town or place make a person by themselves; one initial needs a trigger,
/// or a surname the model reads as one that punctuation closes ("(backup
/// B. Szabó)"; not "scala B. Chiavi da …", a staircase and the next
/// sentence). The name ends there: a capitalised word after it, or one
/// before it (a middle initial: "Johann S. Bach"), makes something else.
#[cold]
fn initials_name(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let (text, bytes) = (input.text, input.text.as_bytes());
    let mut i = at;
    let mut initials = 0;
    while initials < 3
        && bytes.get(i).is_some_and(u8::is_ascii_uppercase)
        && initial_follows(bytes, i)
    {
        i += 3;
        initials += 1;
    }
    if initials == 0 {
        return None;
    }
    let end = token_end(input, i, true)?;
    // "J. R. Miller's book": the name, without the 's.
    let end = end - possessive(text, end).unwrap_or(0);
    let after = skip_spaces(text, end, 2);
    let trigger = || trigger_before(input, at).is_some();
    let word = word_before(text, at, 2);
    let capital_before = word.clone().is_some_and(|w| is_capitalised(&text[w]));
    // In running text: after a lowercase word ("von", "backup", "by"), a
    // comma or an opening bracket; not at a line's start or after a dash, where
    // signatures and attributions stand ("-- T. S. Eliot").
    let running = word.is_some_and(|w| !capital_before && w.end > w.start)
        || skip_spaces_back(text, at, 2)
            .checked_sub(1)
            .is_some_and(|b| matches!(bytes[b], b'(' | b','));
    let digit_before = skip_spaces_back(text, at, 2)
        .checked_sub(1)
        .is_some_and(|b| bytes[b].is_ascii_digit() || bytes[b] == b'.');
    if after > end && starts_upper(text, after)
        || digit_before
        || !running && !trigger()
        || capital_before && !trigger()
        || initials == 1
            && !(surname_like(&input.lower[i..end]) && ends_line(text, end) || trigger())
    {
        return None;
    }
    let span = at..end;
    if not_a_person(input, &span) {
        return None;
    }
    Some(Candidate::new(
        RULE,
        span,
        0.6,
        Cow::Borrowed("initials and a surname"),
    ))
}

/// The end of a name item of a comma list at `at`: two or three name
/// tokens, or initials and a surname, that are no place, town or brand.
fn list_item_name(input: &Input<'_>, at: usize) -> Option<usize> {
    let bytes = input.text.as_bytes();
    let end = if initial_follows(bytes, at) {
        let mut i = at;
        while bytes.get(i).is_some_and(u8::is_ascii_uppercase)
            && initial_follows(bytes, i)
            && i < at + 9
        {
            i += 3;
        }
        token_end(input, i, true).filter(|_| i > at)?
    } else {
        let parsed = parse_name(input, at, token_end(input, at, true)?)?;
        if !(2..=3).contains(&parsed.tokens) {
            return None;
        }
        parsed.span.end
    };
    (!not_a_person(input, &(at..end))).then_some(end)
}

/// Longest stretch between two names that [`list_siblings`] reads.
const SIBLINGS_GAP: usize = 160;

/// "Max Howells, Suresh Murugesu, Lucy Fisher": the items of a comma list
/// that stand between two names found, each of two or three name tokens
/// (or initials and a surname), are people too; so is every item after
/// such a list's last name when a name-shaped item ends it ("…, Lucy
/// Fisher, T. T. Dugal."). Read only between names found, so it costs
/// nothing on text without names.
fn list_siblings(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize) {
    let text = input.text;
    let found = out.len();
    for k in from + 1..found {
        let (a, b) = (out[k - 1].span.end, out[k].span.start);
        if b <= a
            || b - a > SIBLINGS_GAP
            || !text[a..b].starts_with(", ")
            || text[a..b].contains('\n')
        {
            continue;
        }
        let mut items = Vec::new();
        let mut at = a + 2;
        let closed = loop {
            if at >= b {
                break at == b && !items.is_empty();
            }
            let Some(end) = list_item_name(input, at).filter(|&end| end <= b) else {
                break false;
            };
            items.push(at..end);
            if text[end..].starts_with(", ") {
                at = end + 2;
            } else {
                let gap = text[end..b].trim();
                break CONJUNCTIONS.contains(&gap) && text[end..b].len() == gap.len() + 2;
            }
        };
        if closed {
            out.extend(items.into_iter().map(|span| {
                Candidate::new(RULE, span, 0.6, Cow::Borrowed("an item of a list of names"))
            }));
        }
    }
    list_tail(input, out, from, found);
}

/// "Seating plan: Jessica Cain, Anthony Carpenter, Cecilija Kuhar, Youssef
/// Benali.": after two names found side by side in a comma list, the
/// items that follow the second are its siblings, when every one of them
/// is name-shaped and the list closes after them (its sentence ends, or
/// "and" brings its last item); otherwise none is taken.
fn list_tail(input: &Input<'_>, out: &mut Vec<Candidate>, from: usize, found: usize) {
    let text = input.text;
    for k in from + 1..found {
        let (a, b) = (out[k - 1].span.end, out[k].span.start);
        let next = out[k + 1..found].iter().map(|c| c.span.start).min();
        if text.get(a..b) != Some(", ") || next.is_some_and(|n| n < out[k].span.end + SIBLINGS_GAP)
        {
            continue;
        }
        let mut items = Vec::new();
        let mut at = out[k].span.end;
        let mut last = false;
        let closed = loop {
            let rest = &text[at..];
            let skip = if let Some(r) = rest.strip_prefix(", ") {
                rest.len() - r.len()
            } else if let Some((conj, _)) = rest.strip_prefix(' ').and_then(|r| r.split_once(' ')) {
                if last || !CONJUNCTIONS.contains(&conj) {
                    break !items.is_empty() && list_closes(rest);
                }
                last = true;
                conj.len() + 2
            } else {
                break !items.is_empty() && list_closes(rest);
            };
            let Some(end) = list_item_name(input, at + skip) else {
                break false;
            };
            items.push(at + skip..end);
            at = end;
            if items.len() > 8 {
                break false;
            }
        };
        if closed {
            out.extend(items.into_iter().map(|span| {
                Candidate::new(RULE, span, 0.6, Cow::Borrowed("an item of a list of names"))
            }));
        }
    }
}

/// True when a list ends at the start of `rest`: the text or line ends, or
/// a full stop, semicolon, bracket, mark or dash closes it.
fn list_closes(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    rest.is_empty() || rest.starts_with(['.', ';', '!', '?', ')', '\n', '\r', '-', '('])
}

/// Endings of role nouns that stand before a name ("Schülerin",
/// "Antragstellerin", "Techniker"): German capitalises them, so a name
/// found after one must not take it in.
const ROLE_ENDINGS: &[&str] = &["er", "in"];

/// `span` without a capitalised role noun before a name ("Schülerin Dora
/// Kummer" is "Dora Kummer"): the first of three tokens or more, longer
/// than five letters, not itself a listed first name ("Martin", "Karin")
/// or a particle, ending as role nouns do, and no particle after it.
fn without_role_noun(input: &Input<'_>, span: Range<usize>) -> Range<usize> {
    let lower = &input.lower[span.clone()];
    let mut words = lower.split(' ');
    let (Some(first), Some(second), Some(_)) = (words.next(), words.next(), words.next()) else {
        return span;
    };
    let role = ROLE_ENDINGS.iter().any(|e| first.ends_with(e))
        && first.chars().count() > 5
        && !listed_first_name(first)
        && !PARTICLE_SET.contains(first)
        && !PARTICLE_SET.contains(second);
    if role {
        span.start + first.len() + 1..span.end
    } else {
        span
    }
}

/// True when the text's first letter is lowercase: a chat post written all
/// in lowercase, where names are lowercase too.
fn starts_lowercase(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon_common::assert_sorted;
    use crate::{Policy, Scanner};

    /// The person names the default scanner finds in `text` (also used by
    /// the tests of the child modules).
    pub(super) fn names(text: &str) -> Vec<&str> {
        Scanner::new(Policy::default())
            .scan(text)
            .into_iter()
            .filter(|f| f.rule == "person_name")
            .map(|f| &text[f.span])
            .collect()
    }

    /// Checks that each text gives exactly its one name.
    fn finds_each(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert_eq!(names(text), vec![*want], "in {text:?}");
        }
    }

    /// Checks that each text gives exactly its names, in order.
    fn finds_all(cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            assert_eq!(names(text), want.to_vec(), "in {text:?}");
        }
    }

    /// Checks that no text gives a name.
    fn silent(texts: &[&str]) {
        for text in texts {
            assert!(names(text).is_empty(), "{text:?} gave {:?}", names(text));
        }
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for (name, list) in [
            ("PARTICLES", PARTICLES),
            ("BRANDS", BRANDS),
            ("DATA_WORDS", DATA_WORDS),
            ("MOBILE_WORDS", MOBILE_WORDS),
        ] {
            assert_sorted(name, list);
        }
    }

    #[test]
    fn the_data_word_filter_lets_every_listed_word_through() {
        for word in DATA_WORDS.iter().chain(MOBILE_WORDS).chain(DATA_PREFIXES) {
            let text = format!("x {word}");
            assert!(data_word_at(&text, 2), "{word}");
        }
        assert!(!data_word_at("x geboten", 2));
    }

    #[test]
    fn every_trigger_has_a_last_word_to_index() {
        for (phrase, _) in TRIGGERS {
            assert!(!last_word(phrase).is_empty(), "{phrase}");
        }
    }

    #[test]
    fn names_after_every_kind_of_trigger_are_found() {
        let cases: &[(&str, &str)] = &[
            ("Herr Dr. med. Hans Meier hat angerufen", "Hans Meier"),
            (
                "Termin mit Prof. Claudia Keller-Huber",
                "Claudia Keller-Huber",
            ),
            ("Dear Mr. John Smith,", "John Smith"),
            ("Madame Sophie Martin nous a écrit", "Sophie Martin"),
            ("M. Jean DUPONT a appelé", "Jean DUPONT"),
            ("Je m'appelle Camille Laurent", "Camille Laurent"),
            ("Mi chiamo Luca Rossi, abito a Milano", "Luca Rossi"),
            ("Ik heet Daan van der Berg", "Daan van der Berg"),
            ("Vážená paní Jana Nováková,", "Jana Nováková"),
            ("I'm Sarah Connor and I need help", "Sarah Connor"),
            ("Kontakt: Anna Muster, 044 123 45 67", "Anna Muster"),
            ("Cheers,\nTom Baker", "Tom Baker"),
            ("LG Anna Muster", "Anna Muster"),
            ("S pozdravem\n\nJiří Dvořák", "Jiří Dvořák"),
            (
                "Wir gratulieren Herrn Peter Brunner zur Wahl.",
                "Peter Brunner",
            ),
            ("Hallo Frau Doktor Anna Keller", "Anna Keller"),
        ];
        finds_each(cases);
    }

    #[test]
    fn common_words_brands_and_lone_first_names_stay_silent() {
        let cases = [
            "Hallo Anna",
            "Hi All",
            "Hello World Cup fans",
            "Liebe Kolleginnen und Kollegen",
            "I am Very Happy with this",
            "Kontakt: Customer Service Zürich",
            "MS Teams Meeting um 10",
            "Mr. Clean Magic Eraser",
            "Grüezi mitenand",
            "Thanks\nAnna Muster is our new colleague",
            "Best regards\nACME Support",
            "Lieber Kunde Meier",
            "Ronald McDonald House Charities",
            "Hallo Anna Gesundheit!",
            "Sehr geehrte/r Kundin/Kunde",
            "Hallo Google Maps Team",
            "Ciao Bella Italia!",
        ];
        silent(&cases);
    }

    #[test]
    fn names_without_a_listed_first_name_are_found_after_strong_triggers() {
        let cases: &[(&str, &str)] = &[
            (
                "Hallo Heinfried Ruppert,\nanbei die Offerte",
                "Heinfried Ruppert",
            ),
            (
                "Guten Tag Mina Wenger, Ihr Rückruf ist notiert",
                "Mina Wenger",
            ),
            (
                "Kontakt für Rückfragen: Alban Steffen, Tel. 044 495 45 35",
                "Alban Steffen",
            ),
            (
                "Ansprechpartner(in): Edeltraud Pfister",
                "Edeltraud Pfister",
            ),
            (
                "contact : Ghislaine Moret, tél. 021 555 12 12",
                "Ghislaine Moret",
            ),
            ("interlocuteur : Aurèle Bonvin.", "Aurèle Bonvin"),
            (
                "contactpersoon: Femke Wilcken, tel. 06 12345678",
                "Femke Wilcken",
            ),
            (
                "Termin für Elvira Linder, Geburtsdatum: 24.03.2006",
                "Elvira Linder",
            ),
            (
                "SVNR von Joseph Schöffmann: 2661 280387",
                "Joseph Schöffmann",
            ),
            (
                "la date de naissance de Ghislain Dupraz est le 3 mai 1970",
                "Ghislain Dupraz",
            ),
            (
                "Ondřej Vávra, datum narození 30.09.1939, volal kvůli výpovědi",
                "Ondřej Vávra",
            ),
            (
                "Loek van Amstel (geboren 1984) belde gisteren",
                "Loek van Amstel",
            ),
            (
                "Please update the file for Rhys Nash, date of birth 5 May 2008.",
                "Rhys Nash",
            ),
        ];
        finds_each(cases);
    }

    #[test]
    fn unlisted_names_need_a_boundary_or_personal_data_close_by() {
        let cases = [
            "Hallo Heinfried Ruppert wie geht es",
            "From: Heinfried Ruppert",
            "Hallo Deutsche Bahn, der Zug ist zu spät",
            "Willkommen bei Swiss Life, Ihre Versicherung",
            "Neue Preise ab 2025 für Alpine Wellness, bitte prüfen",
            "Geburtsdatum bitte im Formular eintragen. Neue Kunden erhalten Rabatt",
            "That BSN 645132806 fails the eleven test",
        ];
        silent(&cases);
    }

    #[test]
    fn listed_first_names_with_a_surname_need_no_trigger() {
        let cases: &[(&str, &str)] = &[
            ("Bitte Melanie Brunner zurückrufen", "Melanie Brunner"),
            ("Could you call James Whitfield back?", "James Whitfield"),
            ("Kontoinhaber Silvana Kälin, IBAN folgt", "Silvana Kälin"),
            ("Lohnausweis von Sam Keller, AHV folgt", "Sam Keller"),
        ];
        finds_each(cases);
        silent(&[
            "Mark Zahlungen sind verbucht",
            "Rosa Blumen sind schön",
            "Wir fahren nach San Giovanni Rotondo",
            "@Anna Of course, we will check",
            "Jean Paul Gaultier opens a shop",
            "Martin Park is closed",
            "Datum narození: 1. 1. 1970, místo narození: Jindřichův Hradec",
        ]);
    }

    #[test]
    fn the_surname_model_scores_as_its_script_does() {
        // The scores `scripts/name_model.py` prints for its CHECKED words:
        // the hashing and folding of both sides agree.
        let cases: &[(&str, i32)] = &[
            ("shala", 82),
            ("tomson", 156),
            ("abdel-malek", 204),
            ("heydt", 75),
            ("đặng", -19),
            ("termin", 57),
            ("rechnung", -264),
            ("station", -218),
            ("zaķis", 32),
        ];
        for &(word, score) in cases {
            assert_eq!(surname_score(word), score, "{word}");
        }
        assert!(surname_like("tomson") && !surname_like("rechnung"));
    }

    #[test]
    fn a_first_name_of_a_country_of_origin_and_a_surname_like_word_are_a_person() {
        finds_each(&[
            (
                "Blerina Shala übernimmt ab Montag die Kasse",
                "Blerina Shala",
            ),
            (
                "Natalia von der Heydt komt morgen langs",
                "Natalia von der Heydt",
            ),
            ("Yusuf Abdel-Malek: Trikots bestellt", "Yusuf Abdel-Malek"),
            (
                "Tu peux voir ça avec Claire d'Espagnac ?",
                "Claire d'Espagnac",
            ),
            (
                "Mieterverein: Laut Natalia von der Heydt fehlen noch drei Beiträge",
                "Natalia von der Heydt",
            ),
        ]);
        silent(&[
            // Part of a longer name: the whole is not read without a cue.
            "\t\t-- Stanislaw Jerzy Lec",
            "Thu Mar 12 10:00:00 2026",
            "Sokol Training fällt heute aus",
            "Omar Express liefert bis 22 Uhr",
            "Georgia Tech a gagné le tournoi",
            "Hong Kong Airlines vola di nuovo",
        ]);
    }

    #[test]
    fn a_list_tail_is_taken_only_when_every_item_is_a_name() {
        assert_eq!(
            names("Emily Clarke, Thomas Baker, Sales Team and Board Members of Acme"),
            ["Emily Clarke", "Thomas Baker"]
        );
        assert_eq!(
            names("Emily Clarke, Thomas Baker, Nora Quist."),
            ["Emily Clarke", "Thomas Baker", "Nora Quist"]
        );
    }

    #[test]
    fn every_item_of_an_attendance_list_is_a_name() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Teilnehmer: Keller, Urs; Gasser, Mirjam; Externe",
                &["Keller, Urs", "Gasser, Mirjam"],
            ),
            (
                "Participants : Odile Renaud, Basile Fontaine et Nadège Roux.",
                &["Odile Renaud", "Basile Fontaine", "Nadège Roux"],
            ),
            (
                "Presenti: Ferrari, Ilaria; Gallo, Tiziano.",
                &["Ferrari, Ilaria", "Gallo, Tiziano"],
            ),
            (
                "Přítomni: Radek Sýkora, Bohumila Krejčí a Libor Hájek.",
                &["Radek Sýkora", "Bohumila Krejčí", "Libor Hájek"],
            ),
        ];
        finds_all(cases);
        silent(&[
            "Attendees: Sales Team, Board Members and Guests",
            "Teilnehmende: Bad Ragaz, Sankt Gallen; Neue Zürcher Zeitung",
            "Agenda: Brunner, Urs. Later, Anna wrote.",
        ]);
    }

    #[test]
    fn a_mobile_number_or_an_own_address_marks_a_name_without_trigger() {
        let cases: &[(&str, &str)] = &[
            (
                "Zuständig ist neu Gianluca Tschudi, Natel 079 555 12 34.",
                "Gianluca Tschudi",
            ),
            (
                "Neem contact op met Bregje Haverkamp via b.haverkamp@gemeente.nl",
                "Bregje Haverkamp",
            ),
            (
                "Spis vyřizuje Ctibor Šindelář, sindelar@firma.cz",
                "Ctibor Šindelář",
            ),
            (
                "Scrivete a Ermes Zanetti: ermes.zanetti@ditta.it",
                "Ermes Zanetti",
            ),
        ];
        finds_each(cases);
        silent(&[
            "Neue Zürcher Zeitung, Abo-Service: abo@nzz.ch",
            "Swiss Mobile Abo, Natel inklusive",
            "Grand Hotel Zermatt, info@zermatt.ch",
            "Bad Ragaz, Handy-Empfang gut",
        ]);
    }

    #[test]
    fn dictionary_first_names_hyphens_and_brands() {
        let cases: &[(&str, &str)] = &[
            ("Gisteren heeft Veerle Peeters gebeld.", "Veerle Peeters"),
            ("Ieri ha chiamato Gennaro Esposito.", "Gennaro Esposito"),
            ("Volal Vlastimil Dušek, ozve se zítra.", "Vlastimil Dušek"),
            (
                "Siobhan Gallagher joins the team on Monday.",
                "Siobhan Gallagher",
            ),
            (
                "Überweisung an Hans-Jürgen Pfeiffer erledigt",
                "Hans-Jürgen Pfeiffer",
            ),
        ];
        finds_each(cases);
        silent(&[
            "Angebote bei Albert Heijn und Jan Linders",
            "Le parfum Nina Ricci et la crème Yves Rocher",
            "Die Bar Hans im Glück hat neu offen",
            "Wir fahren nach Bad Ragaz und Sankt Gallen",
        ]);
    }

    #[test]
    fn packed_lists_are_lowercase_sorted_and_the_dictionary_apart_from_the_hand_lists() {
        let more: Vec<_> = MORE_FIRST_NAMES.iter().collect();
        let first: Vec<_> = FIRST_NAMES.iter().collect();
        let packed = [
            ("NOT_NAMES", NOT_NAMES),
            ("FIRST_NAMES", FIRST_NAMES),
            ("MORE_FIRST_NAMES", MORE_FIRST_NAMES),
        ];
        let coded = [
            ("DICT_FIRST_NAMES", DICT_FIRST_NAMES),
            ("ORIGIN_FIRST_NAMES", ORIGIN_FIRST_NAMES),
        ];
        for (list, packed) in packed {
            assert!(packed.0.ends_with('\n'), "{list}: every name ends its line");
        }
        let lists = packed
            .map(|(list, p)| (list, p.iter().map(String::from).collect::<Vec<_>>()))
            .into_iter()
            .chain(coded.map(|(list, c)| (list, c.iter().collect())));
        for (list, names) in lists {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            assert!(names.len() > 400, "{list}: {} names", names.len());
            assert_sorted(list, &names);
            for name in names {
                assert!(
                    !name.is_empty() && !name.contains(char::is_whitespace),
                    "{list}: {name:?}"
                );
                assert_eq!(name.to_lowercase(), name, "{list}");
            }
        }
        for name in DICT_FIRST_NAMES.iter().chain(ORIGIN_FIRST_NAMES.iter()) {
            let name = name.as_str();
            assert!(!first.contains(&name) && !more.contains(&name), "{name}");
        }
        // One table over all four lists, the origin list last.
        let all = first_names();
        assert_eq!(
            all.names.len() - all.home,
            ORIGIN_FIRST_NAMES.iter().count()
        );
        assert!(
            home_first_name("anna")
                && !home_first_name(&ORIGIN_FIRST_NAMES.iter().next().unwrap_or_default())
        );
    }

    #[test]
    fn one_rank_lookup_agrees_with_the_listed_and_home_tests() {
        let all = first_names();
        let origin = ORIGIN_FIRST_NAMES.iter().next().unwrap_or_default();
        let mut words: Vec<String> = all.names.iter().map(|n| n.to_string()).collect();
        words.extend(
            [
                "anna-lena",
                "hans-peter",
                "anna-maximilian",
                "anna-xyz",
                "xyz",
            ]
            .map(String::from),
        );
        words.push(format!("anna-{origin}"));
        for w in &words {
            let rank = first_name_rank(w);
            assert_eq!(rank.is_some(), listed_first_name(w), "{w}");
            assert_eq!(
                rank.is_some_and(|r| r < all.home),
                home_first_name(w),
                "{w}"
            );
        }
    }

    #[test]
    fn adversarial_inputs_never_panic() {
        for text in [
            "Hallo Anna Muster ".repeat(10_000),
            "A ".repeat(50_000),
            "Ää Öö ".repeat(20_000),
            "Name: X, ".repeat(10_000),
            "Anna Muster geboren ".repeat(10_000),
            "Anna Berger anna ".repeat(10_000),
            "@Anna Berger ".repeat(10_000),
            "Teilnehmende: Anna Berger; ".repeat(10_000),
            "Anna Berger anna.berger@x.ch ".repeat(10_000),
            "Anna-Berger-".repeat(10_000),
        ] {
            // Speed is measured by the benchmark, not asserted here.
            let _ = names(&text);
        }
        for s in [
            "Ä", "Hallo Ä", "Name:", ",A", "Ab Cd", "x\nAb Cd", "Mr. Ab'", "Ab-",
        ] {
            let _ = names(s);
        }
    }

    #[test]
    fn a_list_label_may_carry_words_before_its_colon_and_bullets_after_it() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Participants à l'atelier : Inès Moreau, Tomasz Nowak et Chloé Roux.",
                &["Inès Moreau", "Tomasz Nowak", "Chloé Roux"],
            ),
            (
                "Deelnemers aan de workshop: Sanne Bos, Mehmet Kaya",
                &["Sanne Bos", "Mehmet Kaya"],
            ),
            (
                "Anwesenheitsliste Vorstand:\n- Ursula Keller\n- Goran Babić\n* Lea Moser",
                &["Ursula Keller", "Goran Babić", "Lea Moser"],
            ),
            (
                "Prezenční listina: Dvořák, Jiří; Šimková, Eva",
                &["Dvořák, Jiří", "Šimková, Eva"],
            ),
        ];
        finds_all(cases);
        silent(&[
            "Traktanden der Sitzung:\n- Budget Planung\n- Neue Website",
            "Punti all'ordine del giorno: Bilancio Consuntivo, Varie",
            "Shopping list:\n- Green Tea\n- Olive Oil",
        ]);
    }

    #[test]
    fn names_common_in_countries_of_origin_count_after_a_trigger_only() {
        finds_each(&[
            ("Danke Zeynep Aydın für die Unterlagen", "Zeynep Aydın"),
            (
                "Grazie mille Marcin Zieliński per l'aiuto",
                "Marcin Zieliński",
            ),
            (
                "Dank je Ionela Dumitrescu voor de snelle reactie",
                "Ionela Dumitrescu",
            ),
            ("Peux-tu rappeler Florin Ionescu demain ?", "Florin Ionescu"),
            (
                "Volala Olena Kovalenko, prosí o zpětné volání",
                "Olena Kovalenko",
            ),
        ]);
        silent(&["Riorganizzazione Mariana Trench – nota interna"]);
    }

    #[test]
    fn a_role_word_without_a_colon_is_a_trigger() {
        finds_each(&[
            ("account holder Dilys Morgan", "Dilys Morgan"),
            ("Ansprechpartnerin Fabienne Zaugg.", "Fabienne Zaugg"),
            ("intestatario Gennaro Esposito, grazie", "Gennaro Esposito"),
        ]);
        silent(&[
            "Kunde Deutsche Bahn hat angerufen",
            "Unser Kundenservice Center hilft",
        ]);
    }

    #[test]
    fn places_named_after_people_and_team_names_are_not_people() {
        silent(&[
            "Wir treffen uns im Lycée Marie Curie in Lyon",
            "Rendez-vous au collège Jean Moulin lundi",
            "Piazza Giuseppe Garibaldi è chiusa",
            "Grüsse, Martina vom Service-Desk-Team",
            "Zone Industrielle Nord, accès fermé",
        ]);
        finds_each(&[(
            "Beste Annelies Claes-De Smet, uw pakket is onderweg",
            "Annelies Claes-De Smet",
        )]);
    }

    #[test]
    fn an_address_block_starts_with_the_name_of_its_person() {
        finds_each(&[
            (
                "Adresse de facturation :\nSolène Garnier\n12 rue des Alpes\n1201 Genève",
                "Solène Garnier",
            ),
            (
                "Nuovo indirizzo:\nFilippo Martinelli\nVia Roma 3",
                "Filippo Martinelli",
            ),
            (
                "Postal address:\nSiobhan Kavanagh\n4 Quay Street",
                "Siobhan Kavanagh",
            ),
        ]);
        silent(&[
            "Rechnungsadresse:\nMuster Treuhand GmbH\nDorfstrasse 5",
            "Neue Adresse:\nAm Stadtpark 4\n8000 Zürich",
        ]);
    }

    #[test]
    fn weak_triggers_fall_back_to_data_and_last_first_next_to_data() {
        finds_each(&[
            (
                "Van: Bo Lindqvist <bo.lindqvist@example.se>",
                "Bo Lindqvist",
            ),
            (
                "AHV gehört zu Brunner, Sandra, bitte im Lohnsystem prüfen",
                "Brunner, Sandra",
            ),
            (
                "Rodné číslo patří Novák, Petr, prosím opravit",
                "Novák, Petr",
            ),
        ]);
        silent(&["SVNR-Liste: Wien, Graz, Linz"]);
    }

    #[test]
    fn names_joined_to_a_found_name_are_people_too() {
        finds_all(&[
            (
                "cc Patricia Schantl, Tero Lankinen – bitte Feedback",
                &["Patricia Schantl", "Tero Lankinen"],
            ),
            (
                "in cc Giulietta Salata e Ambróz Krištof, per favore",
                &["Giulietta Salata", "Ambróz Krištof"],
            ),
            (
                "Grazie a Dolores Aldobrandi e María Luna per il convegno",
                &["Dolores Aldobrandi", "María Luna"],
            ),
            (
                "Teambuilding zorganizovali Ferdinand Doležal a Boma Abdi – díky!",
                &["Ferdinand Doležal", "Boma Abdi"],
            ),
            ("Anna Muster und Partner AG", &["Anna Muster"]),
            (
                "Hallo Anna Muster, Senior Consultant bei uns",
                &["Anna Muster"],
            ),
        ]);
    }

    #[test]
    fn an_arrow_in_a_bulleted_handover_assigns_a_person() {
        finds_all(&[
            (
                "Passation :\n• support niveau 2 → Andrei Kärner\n• RH → Thibaut de Montmollin\nMerci",
                &["Andrei Kärner", "Thibaut de Montmollin"],
            ),
            (
                "Overdracht:\n- 2e lijn -> Ene Kutsar\n- HR => Lutgarde van Beek",
                &["Ene Kutsar", "Lutgarde van Beek"],
            ),
        ]);
        silent(&[
            "Zürich → Bern Bümpliz",
            "- Zürich → Bern Bümpliz",
            "- Anfahrt → Hotel Krone",
        ]);
    }

    #[test]
    fn a_recipient_before_a_postal_address_is_a_person() {
        finds_each(&[
            (
                "Unterlagen per Einschreiben an Pumbaa Wario, Domplatz 58, 69117 Heidelberg",
                "Pumbaa Wario",
            ),
            (
                "Originály na adresu: Jaana Koistinen, Jana Masaryka 45, 602 00 Brno",
                "Jaana Koistinen",
            ),
            (
                "by recorded delivery to Martina Ó Scallaigh, 62 Bold Street, Edinburgh EH2 2ER.",
                "Martina Ó Scallaigh",
            ),
        ]);
        silent(&[
            "Bitte an Hotel Krone, Marktgasse 5, 3011 Bern",
            "-- Electronic Engineering Times, January 18, 1988",
            "Factuuradres: Bakkerij de Zon, Wilhelminastraat 98, 9711 GZ Groningen",
        ]);
    }

    #[test]
    fn a_noun_before_a_name_stays_out_of_it() {
        finds_each(&[
            (
                "Appel de Océane Robin, née le 4 juin 1963, qui souhaite partir",
                "Océane Robin",
            ),
            (
                "Pratica di Allegra Sorrentino, nata il 5 ottobre 1962",
                "Allegra Sorrentino",
            ),
            (
                "Dossier Evelyne De Weerdt, geboren op 08-08-1960, BSN volgt",
                "Evelyne De Weerdt",
            ),
        ]);
    }

    #[test]
    fn last_first_after_with_or_with_a_surname_ending() {
        finds_each(&[
            (
                "Vorstellungsgespräch morgen mit Eberharter, Patrik, Lebenslauf im Ordner",
                "Eberharter, Patrik",
            ),
            (
                "Entretien demain avec Rapraz, Céline, CV joint",
                "Rapraz, Céline",
            ),
            (
                "Pohovor v 10:00 – Němečková, Vilma, životopis",
                "Němečková, Vilma",
            ),
        ]);
        silent(&["Sraz v 10:00 – Nováková, Praha, hlavní nádraží"]);
    }

    #[test]
    fn an_iban_after_a_name_names_the_payee() {
        finds_each(&[(
            "Erstattung Reisekosten für Zoltán Käser: bitte auf DE35 1533 1574 4634 1828 04 überweisen",
            "Zoltán Käser",
        )]);
        silent(&["Partita IVA DE749853625 non trovata in VIES."]);
    }
}
