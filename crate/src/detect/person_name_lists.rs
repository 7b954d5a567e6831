//! Word lists for `person_name` that read a name without a trigger word:
//! more first names, first names that are also common words, and words that
//! make a capitalised pair a place rather than a person.
//!
//! The first names are common names of the six languages' speakers, written
//! by hand (no generator's or dictionary's list was copied), lowercase and
//! sorted for binary search; [`super::person_name`] also keeps its own
//! shorter list.

/// More common first names in de, fr, it, nl, cs and en; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const MORE_FIRST_NAMES: &[&str] = &[
    "aart", "abigail", "achille", "ada", "adriana", "adèle", "agathe", "agnès", "agostino", "aidan",
    "alan", "alba", "albert", "aldo", "alessio", "alex", "alexandra", "alexis", "alfred", "alfredo",
    "aline", "alison", "alois", "alžběta", "amandine", "amber", "amedeo", "anaïs", "andré", "andy",
    "aneta", "anežka", "angelika", "angelo", "anita", "annalisa", "anne-sophie", "anneke",
    "annelies", "anneliese", "annette", "annie", "antonie", "antonietta", "arianna", "arjen",
    "armando", "armin", "arnaud", "arturo", "assunta", "astrid", "audrey", "augustin", "aurélien",
    "axel", "baptiste", "barry", "bastian", "bastien", "bea", "beate", "bedřich", "benedetta",
    "benedikt", "benoit", "bernadette", "bernd", "beth", "bethany", "bettina", "bianca", "björn",
    "blanka", "bohdan", "bohumil", "bohuslav", "božena", "brandon", "brenda", "bruna", "camilla",
    "capucine", "carina", "carl", "carla", "carmela", "carmen", "carol", "carolin", "carolina",
    "caterina", "cesare", "christa", "christelle", "christiane", "christoph", "ciara", "cinzia",
    "clara", "claude", "clémence", "colette", "colin", "concetta", "connor", "cor", "coralie",
    "corentin", "cornelia", "corrado", "craig", "cristian", "cyril", "célia", "dagmar", "damien",
    "danielle", "dario", "darren", "dean", "debbie", "debora", "declan", "delphine", "denis",
    "denise", "derek", "detlef", "dewi", "diane", "diederik", "diego", "dirk-jan", "domenico",
    "dominika", "donatella", "donna", "dorien", "dorothea", "dorothée", "drahomíra", "dušan",
    "dylan", "edita", "edith", "edoardo", "eduard", "egon", "eileen", "eleanor", "eleonora",
    "elfriede", "eline", "elisabetta", "elise", "elke", "elliot", "elmar", "eloïse", "emanuela",
    "emilia", "emilie", "emmanuel", "emmanuelle", "enzo", "eoin", "eric", "erika", "ernesto",
    "ernst-august", "erwin", "esmee", "ettore", "eugen", "eugenio", "eugénie", "evan", "evelien",
    "ewald", "fabienne", "fabrizio", "fanny", "fausto", "felicitas", "filomena", "fiona",
    "fiorella", "flavia", "flavio", "florent", "floris", "franca", "francis", "frans", "františek",
    "franziska", "frederik", "freek", "frieda", "friedrich", "félix", "gabriella", "gaetano",
    "gareth", "gary", "gaspard", "gavin", "gaëlle", "geert", "gemma", "geneviève", "geoffrey",
    "georges", "gerard", "gerd", "gerda", "gerrit", "gertrud", "ghislaine", "gian", "gianfranco",
    "gianni", "gijs", "gilbert", "gino", "gisela", "gisèle", "giuliana", "giuliano", "giulio",
    "gloria", "gordon", "graham", "graziella", "greta", "grégoire", "gudrun", "guido", "guy",
    "gérard", "günter", "günther", "hanneke", "hannelore", "hannes", "harald", "harm", "hartmut",
    "hayley", "heather", "hedwig", "heinrich", "heinz-peter", "helene", "helga", "helge",
    "hendrika", "herbert", "hermann", "hervé", "hildegard", "horst", "hubert", "hugh", "hugues",
    "ian", "ida", "ilaria", "ilona", "irena", "irene", "iris", "irmgard", "irène", "isaac",
    "isabel", "ivan", "iveta", "jaap", "jacqueline", "jade", "jake", "jan-niklas", "jan-willem",
    "janet", "janina", "janneke", "jaromír", "jasmin", "jean-claude", "jean-françois", "jean-paul",
    "jean-philippe", "jelle", "jenny", "jindřiška", "jiřina", "joachim", "joanne", "jocelyne",
    "jochen", "jodie", "johannes", "joke", "jolien", "joop", "jos", "josefine", "josette", "josh",
    "joël", "joëlle", "judith", "julian", "justin", "justine", "jutta", "jörg", "kai", "kamila",
    "karla", "karolína", "karsten", "kathleen", "katie", "katja", "keith", "kieran", "kim",
    "kirsty", "konrad", "konstantin", "kristina", "kristián", "květa", "květoslava", "lada",
    "ladislav", "laetitia", "leah", "leni", "leonhard", "lewis", "lieselotte", "lionel",
    "lisa-marie", "lise", "loredana", "lorena", "lothar", "lubomír", "luboš", "luciano", "lucien",
    "lucille", "lucio", "ludovic", "ludovico", "luisa", "luise", "luke", "luzia", "lynn", "léon",
    "léonie", "maaike", "madeleine", "magdalena", "magdaléna", "maik", "malcolm", "manuel",
    "marc-antoine", "marcela", "marcello", "marcus", "mareike", "margarete", "margherita", "margit",
    "margot", "margriet", "marguerite", "marianne", "marina", "marine", "marion", "marisa",
    "marius", "marjolein", "marleen", "marlene", "martha", "marthe", "martine", "marvin", "maryse",
    "massimiliano", "mathias", "matilde", "matyáš", "maureen", "maurice", "maurizio", "mauro",
    "maximilian", "mees", "merel", "merle", "michela", "michèle", "mila", "milada", "miloslav",
    "milou", "mireille", "mirella", "miroslava", "mohammed", "molly", "morgan", "muriel", "myrthe",
    "mélanie", "nadia", "nadja", "nadège", "naděžda", "natalie", "neil", "niall", "nico",
    "nicoletta", "nienke", "nigel", "nikola", "nils", "noa", "noemi", "norbert", "noémie", "noël",
    "odette", "odile", "olaf", "oldřich", "olga", "ornella", "oskar", "ottavio", "otto", "owen",
    "pascale", "patrice", "patrik", "patrizio", "paula", "paulette", "pavlína", "philip",
    "philippe", "pia", "piergiorgio", "piero", "pierre-yves", "pim", "priska", "quinten", "radka",
    "raffaella", "rainer", "ralf", "raymond", "regina", "reinhard", "reinhold", "renata", "renato",
    "rens", "renée", "rhys", "rik", "rinaldo", "rocco", "roel", "romane", "romano", "rory",
    "rosanna", "rosaria", "rose-marie", "rosie", "ross", "rossana", "rostislav", "ruedi", "ruud",
    "régis", "rémi", "rüdiger", "růžena", "sabina", "sabrina", "sally", "samantha", "samuele",
    "santo", "sascha", "sean", "seraina", "serena", "serge", "shane", "sharon", "sheila", "shirley",
    "siegfried", "sigrid", "silvan", "silvana", "silvio", "sinead", "sjoerd", "solange", "sonia",
    "sonja", "soňa", "stacey", "stanislava", "stefania", "stephan", "stephen", "stijn", "stuart",
    "suzanne", "svatopluk", "svenja", "sylvia", "taťána", "terry", "teun", "theresa", "thibault",
    "thibaut", "thorsten", "théodore", "tijn", "tilman", "timo", "timothée", "tiziana", "tiziano",
    "tony", "tracey", "trevor", "tristan", "twan", "ueli", "ugo", "ulla", "ulrich", "ulrike",
    "umberto", "valentin", "valentine", "valeria", "valerio", "vanda", "vendula", "vera", "victor",
    "viktor", "viola", "virginie", "vittoria", "vittorio", "vladislav", "vlasta", "volker",
    "waltraud", "wayne", "wessel", "wilfried", "wilhelm", "wilma", "xavier", "yannick", "yara",
    "yvette", "zbyněk", "zdenka", "zoe", "zoé", "édouard", "élise", "étienne", "évelyne", "štěpán",
    "štěpánka",
];

/// First names that are also common words, months, places or brands'
/// first words ("Mark", "Grace", "Milan", "Victoria", "Rosa"): a name
/// starting with one needs a trigger; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const AMBIGUOUS_FIRST_NAMES: &[&str] = &[
    "ada", "bas", "beat", "bob", "bruna", "carmen", "dean", "diane", "ella", "floor", "florence",
    "franca", "frank", "grace", "guy", "jack", "jan", "kim", "lily", "lucia", "mark", "max", "mia",
    "mike", "milan", "noël", "oscar", "roman", "rosa", "rose", "ruby", "santo", "sem", "sofia",
    "teresa", "ugo", "vera", "victoria", "viola", "will",
];

/// Capitalised words that make a pair a place, building or event ("Victoria
/// Station", "Anna Kirche", "Martin Park"): never a surname, and never right
/// after a name read without a trigger; lowercase, sorted.
#[rustfmt::skip]
pub(crate) const PLACE_WORDS: &[&str] = &[
    "abbey", "abtei", "aeroporto", "airport", "airways", "akademie", "arena", "avenue", "award",
    "aéroport", "bahnhof", "basilica", "bay", "beach", "boulevard", "bridge", "brug", "brücke",
    "building", "castello", "castle", "cathedral", "cathédrale", "center", "centre", "chapel",
    "chiesa", "church", "château", "city", "college", "collège", "corso", "county", "court", "cup",
    "day", "days", "dijk", "district", "dom", "drive", "duomo", "festival", "flughafen",
    "fondation", "fondazione", "forest", "foundation", "gallery", "garden", "gardens", "gare",
    "garten", "gasse", "gemeinde", "gesamtschule", "giardino", "gracht", "grundschule", "gymnasium",
    "hafen", "hall", "halle", "harbour", "haus", "haven", "hill", "hills", "hochschule", "hogeschool", "hof",
    "hospital", "hotel", "house", "huis", "hôpital", "insel", "institute", "island", "istituto",
    "jardin", "kapelle", "katedrála", "kerk", "kirche", "klinik", "kostel", "laan", "lago", "lake",
    "lane", "letiště", "library", "liceo", "lyceum", "lycée", "mall", "market", "markt", "memorial",
    "most", "mountain", "museo", "museum", "musée", "muzeum", "nemocnice", "night", "nádraží",
    "náměstí", "ospedale", "palace", "palais", "palazzo", "paleis", "parc", "parco", "park",
    "piazza", "place", "platz", "plaza", "plein", "pont", "ponte", "port", "porta", "preis",
    "premio", "prix", "prize", "quarter", "quartier", "realschule", "river", "road", "rue",
    "schloss", "school", "schule", "scuola", "see", "spital", "square", "stadion", "stadium",
    "stadt", "station", "stazione", "stiftung", "straat", "strada", "strasse", "straße", "street",
    "tal", "teatro", "theatre", "théâtre", "toren", "torre", "tour", "tower", "town", "trophy",
    "trust", "turm", "ulice", "universiteit", "university", "università", "universität",
    "université", "univerzita", "valley", "verlag", "via", "viale", "villa", "village", "way", "week", "weekend",
    "weg", "ziekenhuis", "zámek", "école", "église", "škola",
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
