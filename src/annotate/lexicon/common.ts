/**
 * Common English words (lower-cased) that are capitalised only because they start a sentence or
 * stand in a headline ("Despite", "Since", "Meets", "With"). The mention finder drops them from
 * the edges of a capitalised run; together with the document-level rule in mentions.ts (a word
 * the article also writes in lower case is a common word) this separates names from Title Case.
 */
export const COMMON_WORDS = new Set(
  (
    'a|an|the|this|that|these|those|there|here|it|its|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|' +
    // Indefinite pronouns: closed-class words, never names ("Everyone has a different definition").
    'everyone|everybody|everything|someone|somebody|something|anyone|anybody|anything|nobody|nothing|' +
    'who|whom|whose|which|what|when|where|why|how|whether|while|whilst|if|unless|although|though|because|since|' +
    'as|so|but|and|or|nor|yet|for|of|in|on|at|to|from|by|with|without|within|about|above|across|after|against|' +
    'along|amid|amidst|among|around|before|behind|below|beneath|beside|besides|between|beyond|despite|during|' +
    'except|inside|into|like|near|off|onto|out|outside|over|past|per|through|throughout|toward|towards|under|' +
    'until|till|up|upon|via|versus|vs|all|any|both|each|either|every|few|many|more|most|much|neither|no|none|not|' +
    'other|others|several|some|such|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|' +
    'new|old|also|already|always|never|often|still|just|only|even|again|however|meanwhile|moreover|furthermore|' +
    'therefore|thus|instead|indeed|perhaps|maybe|now|then|today|tonight|yesterday|tomorrow|later|earlier|once|' +
    'soon|recently|finally|eventually|currently|previously|initially|ultimately|overall|together|according|' +
    'following|including|regarding|concerning|given|asked|speaking|writing|is|are|was|were|be|been|being|has|have|' +
    'had|do|does|did|will|would|shall|should|can|could|may|might|must|says|said|say|tells|told|tell|meets|meet|' +
    'met|visits|visit|visited|visiting|talks|talk|calls|call|called|urges|urged|warns|warned|vows|vowed|seeks|' +
    'sought|says|plans|planned|wants|wanted|makes|made|takes|took|gets|got|gives|gave|holds|held|leads|led|' +
    'wins|won|loses|lost|hits|hit|kills|killed|dies|died|dead|attack|attacks|attacked|strikes|strike|struck|' +
    'faces|face|faced|backs|back|backed|slams|slammed|rejects|rejected|denies|denied|returns|returned|opens|' +
    'opened|closes|closed|signs|signed|launches|launched|announces|announced|reports|reported|report|sources|' +
    'officials|breaking|live|update|updates|watch|read|more|related|exclusive|analysis|opinion|editorial|comment|' +
    'video|photos|photo|image|images|gallery|advertisement|sponsored|subscribe|sign|share|follow|click|skip|home|' +
    'world|politics|business|sport|sports|culture|science|health|technology|tech|travel|style|news|latest|top|' +
    'story|stories|section|main|content|menu|search|edited|published|updated|posted|copyright|all|rights|reserved|' +
    'why|how|who|what|can|will|should|is|are|does|did|historic|history|first|official|officials|visit|trip|' +
    'relations|ties|deal|war|peace|talks|summit|meeting|overthrow|fall|ouster|future|new|promises|promise|' +
    'interim|former|leader|leaders|president|minister|government|state|military|forces|rebels|rebel|regime|' +
    'amid|over|after|before|against|despite|within|status|remains|remain|sticking|point|key|test|keep|bases|' +
    'base|country|countries|nation|nations|people|man|woman|men|women|police|troops|army|group|groups|court|' +
    'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens|original|url|source|via|yes|no|oh|well|please|thanks|thank|welcome|dear|hello|good|bad|big|small|great|high|low|long|short|' +
    'january|february|march|april|june|july|august|september|october|november|december|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|day|days|weeks|months|years|' +
    'north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|grand|' +
    'apart|regardless|unlike|similarly|likewise|additionally|nevertheless|nonetheless|otherwise|anyway|' +
    'unfortunately|fortunately|clearly|obviously|certainly|sadly|notably|importantly|interestingly|' +
    'separately|elsewhere|specifically|particularly|especially|mostly|largely|partly|nearly|almost|about|' +
    'some|many|most|several|various|numerous|few|little|less|least|enough|own|same|different|certain|' +
    'can|cannot|could|would|wouldn|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|won|shouldn'
  ).split('|'),
);

/**
 * Acronyms of common nouns ("a DUI", "the TV", "an SUV"): written in capitals like an agency's
 * initials, but they name things and conditions, not organizations. The mention finder does not
 * take them as names. (Acronyms outside this list are caught in the article itself: a plural
 * "ISPs" or "a DWI." shows a common noun; see mentions.ts.)
 */
export const COMMON_ACRONYMS = new Set(
  (
    'TV|HDTV|DUI|DWI|OWI|SUV|ATM|DNA|GPS|HIV|MVP|VIP|UFO|IQ|ID|PC|CD|DVD|HD|LCD|LED|USB|PDF|HTML|URL|FAQ|' +
    'RSVP|DIY|ICU|ER|CPR|EMT|MRI|PTSD|ADHD|GDP|IPO|VAT|NGO|KO|TKO|TD|RBI|ERA|OT|IR|MBA|PHD|GPA|SAT|' +
    'AM|FM|SMS|MP3|CGI'
  ).split('|'),
);

/**
 * Head words of a prize's or a trophy's name ("Most Valuable Player Award", "Nobel Peace Prize",
 * "Stanley Cup"): the name is a thing, not a person, even where a title word stands inside it
 * ("Player", "Peace"), and the head word alone is no name.
 */
export const PRIZE_HEADS = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Trophy', 'Medal', 'Cup']);
