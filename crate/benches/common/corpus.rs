// The mixed multilingual text of the benchmarks, shared by
// `benches/throughput.rs` and `examples/detector_costs.rs` through `include!`.

/// Posts in six languages, some clean, some with data; deterministic.
const POSTS: &[&str] = &[
    "Vielen Dank für Ihre Nachricht! Wir melden uns morgen bei Ihnen. Schönes Wochenende an alle 🙂",
    "Bitte überweisen Sie den Betrag auf CH93 0076 2011 6238 5295 7, Referenz Bestellung 4471-2291.",
    "Merci pour votre retour, notre équipe vous contacte au +41 22 345 67 89 dès lundi.",
    "Le rendez-vous est confirmé pour le 12 mars à 14h30, salle 3. Bonne journée !",
    "Grazie mille! Il nostro servizio clienti è disponibile dal lunedì al venerdì, 8-18.",
    "Ciao Marco, ecco il link: https://wiki.intranet.local/progetti/q3 — fammi sapere.",
    "Bedankt voor je bericht, we kijken ernaar en komen er zo snel mogelijk op terug.",
    "Mijn BSN is 111222333 en mijn geboortedatum 12-01-1980, kunnen jullie dat aanpassen?",
    "Dobrý den, děkujeme za zprávu. Objednávka č. 2024-55812 byla odeslána včera.",
    "Posílám číslo účtu, ozvěte se prosím na jan.novak@example.cz, díky.",
    "Great match yesterday, 3:1 at home! Version 2.14.7 of the app is out now.",
    "Hi team, the staging key is AKIAQ3EGRT7BXZ5LKJ2P — please rotate after the demo.",
    "Release notes: fixed crash in 1.2.3.4, sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b, uuid 123e4567-e89b-12d3-a456-426614174000.",
    "Order #88231 shipped, tracking 1Z999AA10123456784, total EUR 149.90.",
];

fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(POSTS[i % POSTS.len()]);
        text.push('\n');
        i += 1;
    }
    let cut = (0..=bytes.min(text.len()))
        .rev()
        .find(|&n| text.is_char_boundary(n))
        .unwrap_or(0);
    text.truncate(cut);
    text
}
