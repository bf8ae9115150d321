/**
 * Irregular past and participle forms of common English verbs, to their base form ("built" →
 * "build", "found" → "find"): a closed class of the grammar, not a story's vocabulary. Neither
 * stemmer maps them. Read by the timeline (the verb a date is attached to) and by the predicates
 * of the fact alignment (predicates.ts).
 */
export const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'arose:arise arisen:arise awoke:awake beat:beat beaten:beat became:become began:begin begun:begin bent:bend bet:bet ' +
    'bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break brought:bring built:build burnt:burn ' +
    'bought:buy caught:catch chose:choose chosen:choose came:come cost:cost crept:creep cut:cut dealt:deal dug:dig ' +
    'did:do done:do drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed ' +
    'felt:feel fought:fight found:find fled:flee flew:fly flown:fly forbade:forbid forgot:forget forgotten:forget ' +
    'forgave:forgive froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go gone:go grew:grow ' +
    'grown:grow hung:hang heard:hear hid:hide hidden:hide hit:hit held:hold hurt:hurt kept:keep knew:know known:know ' +
    'laid:lay led:lead left:leave lent:lend let:let lay:lie lain:lie lit:light lost:lose made:make meant:mean met:meet ' +
    'paid:pay put:put quit:quit read:read rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run ' +
    'sold:sell sent:send set:set shook:shake shaken:shake shot:shoot shut:shut sang:sing sung:sing sank:sink sunk:sink ' +
    'sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend split:split spread:spread sprang:spring ' +
    'stood:stand stole:steal stolen:steal stuck:stick struck:strike stricken:strike swore:swear sworn:swear swept:sweep ' +
    'swam:swim swum:swim took:take taken:take taught:teach tore:tear torn:tear thought:think threw:throw thrown:throw ' +
    'understood:understand undertook:undertake undertaken:undertake upset:upset woke:wake woken:wake wore:wear worn:wear ' +
    'won:win wound:wind withdrew:withdraw withdrawn:withdraw wrote:write written:write overtook:overtake ' +
    'overthrew:overthrow overthrown:overthrow rebuilt:rebuild reopened:reopen sought:seek shed:shed ' +
    // Prefixed verbs inflect as their base verb does (ride → rode, so override → overrode), and
    // court and news copy uses them often ("upheld the ruling", "overrode its panel", "withheld
    // aid"); without them such a sentence has no main act (predicates.ts readAct).
    'overrode:override overridden:override oversaw:oversee overseen:oversee underwent:undergo undergone:undergo ' +
    'withheld:withhold upheld:uphold overcame:overcome mistook:mistake mistaken:mistake foresaw:foresee ' +
    'foreseen:foresee rewrote:rewrite rewritten:rewrite forbidden:forbid forgiven:forgive swung:swing spun:spin ' +
    'flung:fling clung:cling wept:weep knelt:kneel leapt:leap strove:strive striven:strive'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
