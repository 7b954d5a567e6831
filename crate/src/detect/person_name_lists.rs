//! Word lists for `person_name` that read a name without a trigger word:
//! more first names, first names that are also common words, and words that
//! make a capitalised pair a place rather than a person.
//!
//! The first names are common names of the six languages' speakers, written
//! by hand (no generator's or dictionary's list was copied), lowercase and
//! sorted for binary search; [`super::person_name`] also keeps its own
//! shorter list.

use super::lexicon_common::PackedWords;

/// More common first names in de, fr, it, nl, cs and en; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const MORE_FIRST_NAMES: PackedWords = PackedWords(concat!(
    "aart\n", "abigail\n", "achille\n", "ada\n", "adriana\n", "adèle\n", "agathe\n", "agnès\n",
    "agostino\n", "aidan\n", "alan\n", "alba\n", "albert\n", "aldo\n", "alessio\n", "alex\n",
    "alexandra\n", "alexis\n", "alfred\n", "alfredo\n", "aline\n", "alison\n", "alois\n",
    "alžběta\n", "amandine\n", "amber\n", "amedeo\n", "anaïs\n", "andré\n", "andy\n", "aneta\n",
    "anežka\n", "angelika\n", "angelo\n", "anita\n", "annalisa\n", "anne-sophie\n", "anneke\n",
    "annelies\n", "anneliese\n", "annette\n", "annie\n", "antonie\n", "antonietta\n", "arianna\n",
    "arjen\n", "armando\n", "armin\n", "arnaud\n", "arturo\n", "assunta\n", "astrid\n", "audrey\n",
    "augustin\n", "aurélien\n", "axel\n", "baptiste\n", "barry\n", "bastian\n", "bastien\n",
    "bea\n", "beate\n", "bedřich\n", "benedetta\n", "benedikt\n", "benoit\n", "bernadette\n",
    "bernd\n", "beth\n", "bethany\n", "bettina\n", "bianca\n", "björn\n", "blanka\n", "bohdan\n",
    "bohumil\n", "bohuslav\n", "božena\n", "brandon\n", "brenda\n", "bruna\n", "camilla\n",
    "capucine\n", "carina\n", "carl\n", "carla\n", "carmela\n", "carmen\n", "carol\n", "carolin\n",
    "carolina\n", "caterina\n", "cesare\n", "christa\n", "christelle\n", "christiane\n",
    "christoph\n", "ciara\n", "cinzia\n", "clara\n", "claude\n", "clémence\n", "colette\n",
    "colin\n", "concetta\n", "connor\n", "cor\n", "coralie\n", "corentin\n", "cornelia\n",
    "corrado\n", "craig\n", "cristian\n", "cyril\n", "célia\n", "dagmar\n", "damien\n",
    "danielle\n", "dario\n", "darren\n", "dean\n", "debbie\n", "debora\n", "declan\n", "delphine\n",
    "denis\n", "denise\n", "derek\n", "detlef\n", "dewi\n", "diane\n", "diederik\n", "diego\n",
    "dirk-jan\n", "domenico\n", "dominika\n", "donatella\n", "donna\n", "dorien\n", "dorothea\n",
    "dorothée\n", "drahomíra\n", "dušan\n", "dylan\n", "edita\n", "edith\n", "edoardo\n",
    "eduard\n", "egon\n", "eileen\n", "eleanor\n", "eleonora\n", "elfriede\n", "eline\n",
    "elisabetta\n", "elise\n", "elke\n", "elliot\n", "elmar\n", "eloïse\n", "emanuela\n",
    "emilia\n", "emilie\n", "emmanuel\n", "emmanuelle\n", "enzo\n", "eoin\n", "eric\n", "erika\n",
    "ernesto\n", "ernst-august\n", "erwin\n", "esmee\n", "ettore\n", "eugen\n", "eugenio\n",
    "eugénie\n", "evan\n", "evelien\n", "ewald\n", "fabienne\n", "fabrizio\n", "fanny\n",
    "fausto\n", "felicitas\n", "filomena\n", "fiona\n", "fiorella\n", "flavia\n", "flavio\n",
    "florent\n", "floris\n", "franca\n", "francis\n", "frans\n", "františek\n", "franziska\n",
    "frederik\n", "freek\n", "frieda\n", "friedrich\n", "félix\n", "gabriella\n", "gaetano\n",
    "gareth\n", "gary\n", "gaspard\n", "gavin\n", "gaëlle\n", "geert\n", "gemma\n", "geneviève\n",
    "geoffrey\n", "georges\n", "gerard\n", "gerd\n", "gerda\n", "gerrit\n", "gertrud\n",
    "ghislaine\n", "gian\n", "gianfranco\n", "gianni\n", "gijs\n", "gilbert\n", "gino\n",
    "gisela\n", "gisèle\n", "giuliana\n", "giuliano\n", "giulio\n", "gloria\n", "gordon\n",
    "graham\n", "graziella\n", "greta\n", "grégoire\n", "gudrun\n", "guido\n", "guy\n", "gérard\n",
    "günter\n", "günther\n", "hanneke\n", "hannelore\n", "hannes\n", "harald\n", "harm\n",
    "hartmut\n", "hayley\n", "heather\n", "hedwig\n", "heinrich\n", "heinz-peter\n", "helene\n",
    "helga\n", "helge\n", "hendrika\n", "herbert\n", "hermann\n", "hervé\n", "hildegard\n",
    "horst\n", "hubert\n", "hugh\n", "hugues\n", "ian\n", "ida\n", "ilaria\n", "ilona\n", "irena\n",
    "irene\n", "iris\n", "irmgard\n", "irène\n", "isaac\n", "isabel\n", "ivan\n", "iveta\n",
    "jaap\n", "jacqueline\n", "jade\n", "jake\n", "jan-niklas\n", "jan-willem\n", "janet\n",
    "janina\n", "janneke\n", "jaromír\n", "jasmin\n", "jean-claude\n", "jean-françois\n",
    "jean-paul\n", "jean-philippe\n", "jelle\n", "jenny\n", "jindřiška\n", "jiřina\n", "joachim\n",
    "joanne\n", "jocelyne\n", "jochen\n", "jodie\n", "johannes\n", "joke\n", "jolien\n", "joop\n",
    "jos\n", "josefine\n", "josette\n", "josh\n", "joël\n", "joëlle\n", "judith\n", "julian\n",
    "justin\n", "justine\n", "jutta\n", "jörg\n", "kai\n", "kamila\n", "karla\n", "karolína\n",
    "karsten\n", "kathleen\n", "katie\n", "katja\n", "keith\n", "kieran\n", "kim\n", "kirsty\n",
    "konrad\n", "konstantin\n", "kristina\n", "kristián\n", "květa\n", "květoslava\n", "lada\n",
    "ladislav\n", "laetitia\n", "leah\n", "leni\n", "leonhard\n", "lewis\n", "lieselotte\n",
    "lionel\n", "lisa-marie\n", "lise\n", "loredana\n", "lorena\n", "lothar\n", "lubomír\n",
    "luboš\n", "luciano\n", "lucien\n", "lucille\n", "lucio\n", "ludovic\n", "ludovico\n",
    "luisa\n", "luise\n", "luke\n", "luzia\n", "lynn\n", "léon\n", "léonie\n", "maaike\n",
    "madeleine\n", "magdalena\n", "magdaléna\n", "maik\n", "malcolm\n", "manuel\n",
    "marc-antoine\n", "marcela\n", "marcello\n", "marcus\n", "mareike\n", "margarete\n",
    "margherita\n", "margit\n", "margot\n", "margriet\n", "marguerite\n", "marianne\n", "marina\n",
    "marine\n", "marion\n", "marisa\n", "marius\n", "marjolein\n", "marleen\n", "marlene\n",
    "martha\n", "marthe\n", "martine\n", "marvin\n", "maryse\n", "massimiliano\n", "mathias\n",
    "matilde\n", "matyáš\n", "maureen\n", "maurice\n", "maurizio\n", "mauro\n", "maximilian\n",
    "mees\n", "merel\n", "merle\n", "michela\n", "michèle\n", "mila\n", "milada\n", "miloslav\n",
    "milou\n", "mireille\n", "mirella\n", "miroslava\n", "mohammed\n", "molly\n", "morgan\n",
    "muriel\n", "myrthe\n", "mélanie\n", "nadia\n", "nadja\n", "nadège\n", "naděžda\n", "natalie\n",
    "neil\n", "niall\n", "nico\n", "nicoletta\n", "nienke\n", "nigel\n", "nikola\n", "nils\n",
    "noa\n", "noemi\n", "norbert\n", "noémie\n", "noël\n", "odette\n", "odile\n", "olaf\n",
    "oldřich\n", "olga\n", "ornella\n", "oskar\n", "ottavio\n", "otto\n", "owen\n", "pascale\n",
    "patrice\n", "patrik\n", "patrizio\n", "paula\n", "paulette\n", "pavlína\n", "philip\n",
    "philippe\n", "pia\n", "piergiorgio\n", "piero\n", "pierre-yves\n", "pim\n", "priska\n",
    "quinten\n", "radka\n", "raffaella\n", "rainer\n", "ralf\n", "raymond\n", "regina\n",
    "reinhard\n", "reinhold\n", "renata\n", "renato\n", "rens\n", "renée\n", "rhys\n", "rik\n",
    "rinaldo\n", "rocco\n", "roel\n", "romane\n", "romano\n", "rory\n", "rosanna\n", "rosaria\n",
    "rose-marie\n", "rosie\n", "ross\n", "rossana\n", "rostislav\n", "ruedi\n", "ruud\n", "régis\n",
    "rémi\n", "rüdiger\n", "růžena\n", "sabina\n", "sabrina\n", "sally\n", "samantha\n",
    "samuele\n", "santo\n", "sascha\n", "sean\n", "seraina\n", "serena\n", "serge\n", "shane\n",
    "sharon\n", "sheila\n", "shirley\n", "siegfried\n", "sigrid\n", "silvan\n", "silvana\n",
    "silvio\n", "sinead\n", "sjoerd\n", "solange\n", "sonia\n", "sonja\n", "soňa\n", "stacey\n",
    "stanislava\n", "stefania\n", "stephan\n", "stephen\n", "stijn\n", "stuart\n", "suzanne\n",
    "svatopluk\n", "svenja\n", "sylvia\n", "taťána\n", "terry\n", "teun\n", "theresa\n",
    "thibault\n", "thibaut\n", "thorsten\n", "théodore\n", "tijn\n", "tilman\n", "timo\n",
    "timothée\n", "tiziana\n", "tiziano\n", "tony\n", "tracey\n", "trevor\n", "tristan\n", "twan\n",
    "ueli\n", "ugo\n", "ulla\n", "ulrich\n", "ulrike\n", "umberto\n", "valentin\n", "valentine\n",
    "valeria\n", "valerio\n", "vanda\n", "vendula\n", "vera\n", "victor\n", "viktor\n", "viola\n",
    "virginie\n", "vittoria\n", "vittorio\n", "vladislav\n", "vlasta\n", "volker\n", "waltraud\n",
    "wayne\n", "wessel\n", "wilfried\n", "wilhelm\n", "wilma\n", "xavier\n", "yannick\n", "yara\n",
    "yvette\n", "zbyněk\n", "zdenka\n", "zoe\n", "zoé\n", "édouard\n", "élise\n", "étienne\n",
    "évelyne\n", "štěpán\n", "štěpánka\n",
));

/// First names that are also common words, months, places or brands'
/// first words ("Mark", "Grace", "Milan", "Victoria", "Rosa"): a name
/// starting with one needs a trigger; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const AMBIGUOUS_FIRST_NAMES: &[&str] = &[
    "ada", "bas", "beat", "bob", "bruna", "carmen", "dean", "diane", "ella", "floor", "florence",
    "franca", "frank", "georgia", "grace", "guy", "hong", "jack", "jan", "kim", "lily", "lucia",
    "mark", "max", "mia", "mike", "milan", "mona", "noël", "oscar", "roman", "rosa", "rose",
    "ruby", "santiago", "santo", "sem", "sofia", "teresa", "thai", "thu", "ugo", "vera",
    "victoria", "viola", "will",
];

/// Capitalised words that make a pair a place, building or event ("Victoria
/// Station", "Anna Kirche", "Martin Park"): never a surname, and never right
/// after a name read without a trigger; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const PLACE_WORDS: &[&str] = &[
    "abbey", "abtei", "aeroporto", "airport", "airways", "akademie", "arena", "avenue", "award",
    "aéroport", "bahnhof", "basilica", "bay", "beach", "boulevard", "bridge", "brug", "brücke",
    "building", "castello", "castle", "cathedral", "cathédrale", "center", "central", "centrale",
    "centre", "centro", "centrum", "chapel", "chiesa", "church", "château", "city", "college",
    "collège", "corso", "county", "court", "cup", "day", "days", "dijk", "district", "dom",
    "drive", "duomo", "festival", "flughafen", "fondation", "fondazione", "forest", "foundation",
    "gallery", "garden", "gardens", "gare", "garten", "gasse", "gemeinde", "gesamtschule",
    "giardino", "gracht", "grundschule", "gymnasium", "hafen", "hall", "halle", "harbour", "haus",
    "haven", "hill", "hills", "hochschule", "hof", "hogeschool", "hospital", "hotel", "house",
    "huis", "hôpital", "insel", "institute", "island", "istituto", "jardin", "kapelle",
    "katedrála", "kerk", "kirche", "klinik", "kostel", "laan", "lago", "lake", "lane", "letiště",
    "library", "liceo", "lyceum", "lycée", "mall", "market", "markt", "memorial", "most",
    "mountain", "museo", "museum", "musée", "muzeum", "nemocnice", "night", "nádraží", "náměstí",
    "ospedale", "palace", "palais", "palazzo", "paleis", "parc", "parco", "park", "piazza",
    "place", "platz", "plaza", "plein", "pont", "ponte", "port", "porta", "preis", "premio",
    "prix", "prize", "quarter", "quartier", "realschule", "river", "road", "rue", "schloss",
    "school", "schule", "scuola", "see", "spital", "square", "stadion", "stadium", "stadt",
    "station", "stazione", "stiftung", "straat", "strada", "strasse", "straße", "street", "tal",
    "teatro", "theatre", "théâtre", "toren", "torre", "tour", "tower", "town", "trophy", "trust",
    "turm", "ulice", "universiteit", "university", "università", "universität", "université",
    "univerzita", "valley", "verlag", "via", "viale", "villa", "village", "way", "week", "weekend",
    "weg", "zentrum", "ziekenhuis", "zámek", "école", "église", "škola",
];

/// Words for a place of birth, lowercase, sorted: what follows them is a
/// town ("place of birth St Albans", "místo narození: Jindřichův Hradec").
pub(crate) const BIRTHPLACE_WORDS: &[&str] = &[
    "birthplace",
    "born in",
    "geboorteplaats",
    "geboren in",
    "geburtsort",
    "lieu de naissance",
    "luogo di nascita",
    "místo narozeni",
    "místo narození",
    "nata a",
    "nato a",
    "né à",
    "née à",
    "place of birth",
];
