/**
 * Person lexicon: titles and roles that may stand before a name ("President", "Mr.", "Foreign
 * Minister", "spokesman"), the modifiers a role may carry ("former", "interim"), and common given
 * names from the languages most frequent in international news (English, Arabic, Russian and
 * other Slavic, French, German, Spanish, Italian, Turkish, Persian, Hebrew, Chinese, Indian).
 * Compiled by hand from general knowledge. A given name is evidence, not proof: the typer still
 * lets a place or organization lexicon hit win for single words.
 */

/** Honorifics: always split off as the role ("Mr. Putin" → role "Mr.", name "Putin"). */
export const HONORIFICS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.',
  'Sheikh', 'Sheik', 'Imam', 'Ayatollah', 'Rabbi', 'Father', 'Brother', 'Sister', 'Mme', 'Mme.', 'Herr', 'Frau',
]);

/**
 * Title and role nouns (lower-cased): a role must contain one of these. Both "President X" and
 * "the Syrian president" use them; capitalised or not they head the role before a name.
 */
export const ROLE_HEADS = new Set(
  (
    'president|president-elect|vice-president|premier|minister|chancellor|secretary|spokesman|spokeswoman|spokesperson|' +
    'leader|ruler|dictator|king|queen|prince|princess|emir|crown|sultan|monarch|pope|cardinal|archbishop|bishop|' +
    'official|officials|envoy|ambassador|diplomat|negotiator|aide|adviser|advisor|chief|head|director|chairman|' +
    'chairwoman|chair|ceo|cfo|founder|commander|general|gen.|gen|lt.|col.|colonel|lieutenant|major|captain|capt.|' +
    'sergeant|sgt.|admiral|marshal|governor|gov.|mayor|senator|sen.|congressman|congresswoman|representative|rep.|' +
    'lawmaker|mp|deputy|speaker|judge|justice|prosecutor|attorney|lawyer|counsel|detective|inspector|sheriff|' +
    'officer|analyst|expert|researcher|professor|prof.|dr.|doctor|scientist|economist|author|writer|journalist|' +
    'reporter|correspondent|editor|columnist|photographer|actor|actress|singer|rapper|star|musician|director|' +
    'producer|comedian|model|designer|coach|manager|player|striker|goalkeeper|captain|champion|owner|investor|' +
    'businessman|businesswoman|tycoon|billionaire|activist|campaigner|protester|witness|resident|survivor|' +
    'victim|suspect|defendant|rep|spokesmen|strongman|warlord|militant|commentator|historian|politician|' +
    'candidate|nominee|challenger|incumbent|counterpart|ally|opponent|rival|predecessor|successor|partner|' +
    'master|mistress|superintendent|commissioner|constable|warden|ranger|firefighter|pilot|driver|' +
    'wife|husband|son|daughter|brother|sister|father|mother|cousin|uncle|aunt|boyfriend|girlfriend|fiance|fiancée|' +
    // sport positions and athletes ("wide receiver Vincent Jackson", "heavyweight Hasim Rahman")
    'quarterback|receiver|linebacker|cornerback|tailback|fullback|halfback|lineman|kicker|punter|pitcher|' +
    'outfielder|infielder|shortstop|catcher|midfielder|defender|winger|boxer|fighter|heavyweight|wrestler|' +
    'swimmer|golfer|sprinter|teammate|rookie|' +
    // crime and courts ("inmate Arcade Comeaux", "Mafia boss Vincent Gigante", "trooper William Hakim")
    'trooper|clerk|inmate|prisoner|convict|escapee|fugitive|gunman|mobster|godfather|boss|' +
    'mom|mum|dad|grandmother|grandfather|widow|widower|' +
    // kin words used as a title before a name ("Grandma Holt", "Auntie Mae"): how a family or a town
    // names someone, like "Uncle" and "Aunt" above
    'grandma|grandpa|granny|grandad|granddad|auntie'
  ).split('|'),
);

/**
 * Role abbreviations, matched case-sensitively (lower-case "da" is a name particle):
 * "QB Cam Newton", "COO Larry Lucchino", "DA Richard Brown".
 */
export const ROLE_ACRONYMS = new Set(['QB', 'RB', 'WR', 'TE', 'CB', 'LB', 'GM', 'COO', 'CTO', 'CIO', 'DA', 'VP', 'AG']);

/**
 * Words that may sit inside a role before its head ("Foreign Minister", "interim President",
 * "former Prime Minister", "Kremlin spokesman"), lower-cased.
 */
export const ROLE_MODIFIERS = new Set(
  (
    'veteran|embattled|beleaguered|outgoing|incoming|powerful|influential|prominent|controversial|jailed|detained|harbour|harbor|port|fire|police|brigade|border|camp|city|town|village|county|district|provincial|municipal|former|ex-|interim|transitional|acting|deputy|vice|first|new|then|late|ousted|deposed|exiled|longtime|' +
    'long-time|elected|caretaker|prime|foreign|defence|defense|interior|finance|economy|economic|trade|health|' +
    'education|justice|energy|oil|security|intelligence|military|armed|army|navy|naval|air|supreme|grand|chief|' +
    'senior|top|junior|assistant|associate|executive|general|national|state|federal|regional|local|press|' +
    'presidential|royal|crown|opposition|rebel|party|union|government|ministry|foreign-affairs|information|' +
    'culture|agriculture|transport|labour|labor|housing|environment|interior|home|war|peace|special|' +
    'u.s.|un|eu|nato|white|house|secretary-general|general-secretary|majority|minority|senate|house|' +
    'republican|democratic|democrat|conservative|labour|liberal|socialist|communist'
  ).split('|'),
);

/** Given names (first names) seen in international news. */
export const GIVEN_NAMES = new Set(
  (
    // English and general Western
    'Aaron|Adam|Jan|Hans|Pieter|Abigail|Alfred|Alicia|Allen|Alvin|Amber|Andre|Andrea|Angel|Angelina|Annie|April|Arnold|Audrey|Austin|Beatrice|Becky|Ben|Bernie|Beverly|Blake|Bonnie|Brady|Brendan|Brent|Brett|Brittany|Brooke|Bryce|Caleb|Calvin|Cam|Cameron|Carla|Carlos|Carmen|Carrie|Casey|Cassandra|Cecilia|Chad|Chelsea|Cheryl|Chester|Clara|Clarence|Clark|Clint|Clyde|Cody|Cole|Courtney|Curtis|Dale|Dana|Darius|Darryl|Dawn|Delores|Derrick|Desmond|Dolores|Don|Duncan|Dustin|Dwayne|Dwight|Earl|Eddie|Edgar|Edith|Edwin|Eileen|Elaine|Eleanor|Eli|Elijah|Ella|Ellie|Elliot|Elsie|Elvis|Emma|Erica|Ernest|Esther|Ethel|Eva|Evelyn|Floyd|Frances|Francis|Franklin|Freddie|Gabriela|Gail|Gavin|Gene|Geoffrey|Georgia|Gerry|Gilbert|Gina|Glen|Glenn|Gordon|Grant|Hal|Harlan|Harriet|Harvey|Hazel|Heidi|Herbert|Herman|Holly|Hope|Hugh|Irene|Iris|Isabel|Jackie|Jacqueline|Jaime|Jared|Jasmine|Jay|Jean|Jeanne|Jenna|Jenny|Jerome|Jesse|Jessie|Jill|Joanna|Jody|Joey|Johanna|Jonas|Josephine|Joy|Juan|Julian|Julius|June|Kara|Karl|Katrina|Kay|Kelsey|Kendall|Kent|Kerry|Kirk|Kristen|Kurt|Lance|Lane|Leah|Lee|Leo|Leon|Leonard|Leroy|Leslie|Lester|Lewis|Lila|Lillian|Lily|Lloyd|Logan|Lois|Lonnie|Lorraine|Louise|Lucas|Luke|Lydia|Lynn|Mabel|Mack|Madison|Malcolm|Marcus|Margo|Marian|Mario|Marjorie|Marlon|Marshall|Marvin|Mason|Maureen|Maurice|Max|Maxine|Melanie|Melvin|Mia|Miles|Milton|Miranda|Misty|Mitchell|Molly|Monica|Morgan|Myrtle|Nadine|Naomi|Nathaniel|Neal|Nelson|Nina|Nora|Norma|Norman|Olivia|Oscar|Owen|Paige|Pat|Patsy|Patty|Paula|Pauline|Pearl|Peggy|Penny|Percy|Perry|Peyton|Phyllis|Priscilla|Quentin|Quinn|Rachael|Randall|Reggie|Regina|Rene|Renee|Rhonda|Ricky|Rita|Roberta|Rodney|Roland|Ronnie|Rosa|Rosemary|Ross|Ruben|Rudolph|Rufus|Sally|Salvador|Sammy|Sandy|Seth|Shane|Shannon|Shawn|Sheila|Shelby|Sherry|Sidney|Sonia|Spencer|Stacy|Stanley|Stella|Sylvia|Tamara|Tanya|Taylor|Terrence|Thelma|Theodore|Tiffany|Toby|Tommy|Tracey|Travis|Trent|Trevor|Troy|Ursula|Valerie|Vanessa|Vera|Vernon|Vicky|Viola|Violet|Wade|Wallace|Warren|Wendell|Wilbur|Willard|Wilma|Winston|Yolanda|Yvonne|Zoe|Kimani|Jermaine|Jermayne|Tyrone|Deshawn|Lamar|Darnell|Latoya|Keisha|Shaquille|LeBron|Kobe|Tiger|Serena|Venus|Lindsay|Demi|Ashton|Brad|Angelina|Leonardo|Meryl|Denzel|Halle|Jodie|Reese|Keira|Cate|Nicole|Russell|Hugh|Heath|Jude|Orlando|Colin|Ewan|Wladimir|Vitali|Hasim|Lennox|Evander|Floyd|Manny|Muhammad|Raj|Sanjay|Rajesh|Vikram|Priya|Deepak|Ravi|Sunil|Anil|Vijay|Suresh|Ramesh|Alexandros|Dimitris|Nikos|Giorgos|Kostas|Yannis|Andreas|Costas|Spyros|Panagiotis|Adrian|Alan|Albert|Alex|Alexander|Alexandra|Alice|Alison|Allison|Amanda|Amy|Andrew|Andy|Angela|' +
    'Ann|Anna|Anne|Anthony|Antony|Arthur|Ashley|Barbara|Barry|Ben|Benjamin|Bernard|Beth|Betty|Bill|Billy|Bob|Bobby|' +
    'Brad|Bradley|Brandon|Brenda|Brian|Bruce|Bryan|Carl|Carol|Caroline|Carolyn|Catherine|Charles|Charlie|Charlotte|' +
    'Chris|Christian|Christina|Christine|Christopher|Chuck|Cindy|Claire|Colin|Connor|Craig|Cynthia|Dan|Daniel|Danny|' +
    'Darren|Dave|David|Dean|Deborah|Debra|Dennis|Derek|Diana|Diane|Dick|Donald|Donna|Doris|Dorothy|Doug|Douglas|' +
    'Dylan|Ed|Eddie|Edward|Elizabeth|Ellen|Emily|Emma|Eric|Erin|Ethan|Eugene|Evan|Frank|Fred|Gary|George|Gerald|' +
    'Gloria|Grace|Greg|Gregory|Hannah|Harold|Harry|Heather|Helen|Henry|Howard|Ian|Jack|Jacob|Jake|James|Jamie|Jane|' +
    'Janet|Jason|Jeff|Jeffrey|Jennifer|Jeremy|Jerry|Jessica|Jill|Jim|Jimmy|Joan|Joe|Joel|John|Johnny|Jon|Jonathan|' +
    'Jordan|Joseph|Josh|Joshua|Joyce|Judith|Judy|Julia|Julie|Justin|Karen|Kate|Katherine|Kathleen|Kathryn|Katie|' +
    'Keith|Kelly|Ken|Kenneth|Kevin|Kim|Kimberly|Kyle|Larry|Laura|Lauren|Lawrence|Linda|Lisa|Liz|Lori|Louis|Lucy|' +
    'Mandy|Margaret|Maria|Marie|Marilyn|Mark|Martha|Martin|Mary|Matt|Matthew|Megan|Melissa|Michael|Michelle|Mike|' +
    'Nancy|Natalie|Nathan|Neil|Nicholas|Nick|Nicole|Noah|Oliver|Pamela|Patricia|Patrick|Paul|Peter|Phil|Philip|' +
    'Phillip|Rachel|Ralph|Randy|Ray|Raymond|Rebecca|Richard|Rick|Rob|Robert|Robin|Roger|Ron|Ronald|Rose|Roy|Russell|' +
    'Ruth|Ryan|Sam|Samantha|Samuel|Sandra|Sara|Sarah|Scott|Sean|Sharon|Shirley|Simon|Stephanie|Stephen|Steve|' +
    'Steven|Stuart|Sue|Susan|Tara|Ted|Teresa|Terry|Thomas|Tim|Timothy|Tina|Todd|Tom|Tony|Tracy|Tyler|Vaughn|' +
    'Victoria|Vincent|Virginia|Walter|Wayne|Wendy|Wesley|William|Willie|Zachary|Keanu|Lindsay|Lindsey|Britney|Paris|' +
    'Kanye|Kylie|Kim|Beyonce|Rihanna|Madonna|Oprah|Hillary|Barack|Joe|Kamala|Mitt|Nancy|Rudy|Rex|Mitch|Chuck|' +
    'Lloyd|Antony|Rishi|Keir|Boris|Theresa|Tony|Gordon|Jeremy|Nigel|Liz|Emmanuel|Olaf|Angela|Friedrich|Giorgia|' +
    'Volodymyr|Vladimir|Viktor|Recep|Tayyip|Benjamin|Bibi|Ursula|Jens|Mark|Justin|Narendra|Xi|Kim|Shinzo|Fumio|' +
    // Arabic, Persian, Turkish
    'Ahmed|Ahmad|Mohammed|Mohammad|Muhammad|Mohamed|Mahmoud|Mahmud|Mustafa|Mostafa|Ali|Hassan|Hasan|Hussein|Husain|' +
    'Omar|Umar|Osama|Usama|Abdullah|Abdallah|Abdel|Abdul|Abd|Khaled|Khalid|Walid|Waleed|Bashar|Hafez|Maher|Asma|' +
    'Asaad|Asad|Assad|Faisal|Fahd|Salman|Saud|Sultan|Hamad|Tamim|Zayed|Mansour|Nasser|Gamal|Anwar|Hosni|Abdel-Fattah|' +
    'Fattah|Youssef|Yousef|Yusuf|Ibrahim|Ismail|Ismael|Ayman|Hamza|Karim|Kareem|Rami|Ramy|Sami|Samir|Tarek|Tariq|' +
    'Ziad|Ziyad|Nabil|Nadia|Fatima|Aisha|Layla|Leila|Laila|Mariam|Maryam|Rania|Yasmin|Yasmine|Zainab|Hala|Huda|' +
    'Amr|Amer|Amir|Emir|Majid|Majed|Marwan|Mazen|Munir|Nizar|Qasem|Qassem|Rafik|Rafiq|Saad|Saeed|Said|Salah|Saleh|' +
    'Salim|Selim|Tawfiq|Wael|Yahya|Yasser|Yasir|Zaher|Abu|Bilal|Hakan|Mevlut|Erdogan|Ekrem|Kemal|Mehmet|Ahmet|' +
    'Ebrahim|Hassan|Javad|Mohsen|Abbas|Ali-Akbar|Masoud|Massoud|Hossein|Reza|Mahmood|Qassim|Hadi|Nouri|Haider|' +
    'Muqtada|Moqtada|Nechirvan|Masrour|Mazloum|Fidan|Farouk|Faruk|Jamal|Jamil|Imad|Emad|Issa|Isa|Musa|Moussa|' +
    'Raed|Riad|Riyad|Adel|Adil|Ghassan|Fadi|Fouad|Fuad|Elias|Michel|Najib|Nasrallah|Naim|Nawaf|Ammar|Anas|' +
    // Russian, Ukrainian and other Slavic / East European
    'Vladimir|Dmitry|Dmitri|Dmitriy|Sergei|Sergey|Serhiy|Sergiy|Alexei|Alexey|Aleksei|Oleksiy|Andrei|Andrey|Andriy|' +
    'Mikhail|Mykhailo|Nikolai|Mykola|Ivan|Yuri|Yury|Yuriy|Igor|Ihor|Oleg|Boris|Viktor|Pavel|Pavlo|Anatoly|Gennady|' +
    'Konstantin|Maxim|Maksim|Denis|Roman|Vitaly|Vitali|Valery|Valeriy|Vyacheslav|Yevgeny|Evgeny|Yevgeniy|Grigory|' +
    'Leonid|Nikita|Arkady|Ramzan|Sergiy|Petro|Volodymyr|Vitaliy|Oleksandr|Olena|Yulia|Yuliia|Tatiana|Tatyana|' +
    'Natalia|Natalya|Olga|Irina|Iryna|Svetlana|Elena|Yelena|Maria|Marina|Ekaterina|Yekaterina|Anastasia|Valentina|' +
    'Lyudmila|Galina|Alla|Zakhar|Kirill|Ruslan|Timur|Artem|Artyom|Denys|Taras|Bohdan|Rostislav|Aleksandr|' +
    'Alexandr|Stanislav|Vasily|Vasyl|Fyodor|Lavrentiy|Nursultan|Kassym-Jomart|Ilham|Nikol|Aleksandar|Aleksander|' +
    'Lech|Andrzej|Donald|Mateusz|Jaroslaw|Jarosław|Tomasz|Krzysztof|Piotr|Pawel|Paweł|Marek|Milos|Miloš|Zoran|Goran|' +
    'Slobodan|Vojislav|Aleksandar|Vucic|Janez|Andrej|Robert|Zuzana|Klaus|Vaclav|Václav|Petr|Milos|Viktor|Orban|' +
    // French, German, Dutch, Scandinavian
    'Emmanuel|Jean|Jean-Luc|Jean-Marie|Jean-Pierre|Jean-Claude|Jean-Yves|Pierre|Jacques|Francois|François|Nicolas|' +
    'Marine|Ségolène|Segolene|Dominique|Laurent|Olivier|Philippe|Michel|Gérard|Gerard|Thierry|Bruno|Gabriel|' +
    'Catherine|Brigitte|Sophie|Isabelle|Anne-Marie|Claude|Yves|Édouard|Edouard|Gérald|Sébastien|Sebastien|Amélie|' +
    'Angela|Olaf|Friedrich|Annalena|Robert|Christian|Markus|Horst|Gerhard|Helmut|Wolfgang|Frank-Walter|Ursula|' +
    'Karl|Hans|Jürgen|Juergen|Dieter|Uwe|Lars|Jens|Stefan|Stephan|Matthias|Thomas|Andreas|Heinz|Heiko|Jörg|' +
    'Mette|Magdalena|Ulf|Sanna|Erna|Jonas|Sauli|Alexander|Mark|Dick|Geert|Wopke|Rutte|Pieter|Willem|Johan|Sven|' +
    // Spanish, Portuguese, Italian
    'Jose|José|Juan|Carlos|Luis|Luiz|Inacio|Inácio|Jorge|Miguel|Pedro|Pablo|Javier|Alberto|Fernando|Francisco|' +
    'Manuel|Antonio|Rafael|Ricardo|Diego|Alejandro|Andres|Andrés|Gustavo|Nicolas|Nicolás|Hugo|Evo|Cristina|Dilma|' +
    'Jair|Gabriel|Claudia|Sheinbaum|Felipe|Mariano|Pedro|Santiago|Sergio|Emilio|Enrique|Raul|Raúl|Fidel|Che|' +
    'Giorgia|Matteo|Mario|Giuseppe|Silvio|Sergio|Paolo|Luigi|Giovanni|Francesco|Marco|Roberto|Romano|Enrico|' +
    'Lorenzo|Alessandro|Luca|Giulia|Chiara|Federica|Antonio|Ignazio|Gianni|Massimo|Dario|Pope|' +
    // Hebrew, Indian, East Asian, African and others
    'Benjamin|Yair|Naftali|Benny|Gideon|Isaac|Yitzhak|Yoav|Itamar|Bezalel|Ehud|Shimon|Ariel|Moshe|Avigdor|Ayelet|' +
    'Golda|Reuven|Herzog|Narendra|Rahul|Sonia|Amit|Arvind|Subrahmanyam|Nirmala|Rajnath|Manmohan|Imran|Shehbaz|' +
    'Nawaz|Asif|Bilawal|Benazir|Pervez|Sheikh|Hasina|Muhammad|Xi|Li|Wang|Hu|Jiang|Deng|Mao|Zhou|Shinzo|Fumio|' +
    'Yoshihide|Shigeru|Sanae|Yoon|Suk-yeol|Moon|Jae-in|Lee|Jae-myung|Kim|Jong-un|Ferdinand|Rodrigo|Joko|Prabowo|' +
    'Anwar|Mahathir|Hun|Manet|Thaksin|Paetongtarn|Aung|Nelson|Jacob|Cyril|Thabo|Paul|Uhuru|William|' +
    'Abiy|Bola|Muhammadu|Goodluck|Yoweri|Emmerson|Robert|Kofi|Ban|Antonio|António|Tedros|Volker|Filippo|Kaja|' +
    'Josep|Charles|Rafael|Ngozi|Akinwumi|Kristalina|Ajay|Christine|Janet|Jerome|Mario|Ellen|Condoleezza|Madeleine|' +
    'Colin|Rex|Mike|Marco|Pete|Tulsi|Kash|JD|Elon|Jeff|Bill|Warren|Mark|Sundar|Satya|Tim|Sam|Dario|Sheryl'
  ).split('|'),
);
