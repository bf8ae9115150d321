/**
 * The stories kept for the coordinator's unseen readings (sessions 13 onwards; session 24 took five
 * AllSides stories of the held-out half below 6000 too, and read four more at its end; session 25 ten more and MultiLing M002, and read three more at its end; session 26 ten more and read three more at its end; session 27 ten more, and one whose dossier the coordinator opened; session 28 the two read at session 27's end, seven more AllSides, DUC 2003 d31022t and d30025t, MultiLing M009, and read three more at its end; session 29 six more AllSides, DUC 2003 d31028t, d30005t and d31002t, DUC 2006 D0629B, and read DUC 2003 d31011t and DUC 2006 D0649D at its end; session 30 DUC 2006 D0628A and nine of the AllSides block below, whose seven others stay unread): AllSides 6080–6112
 * and the ids below (an ECB+ id is a subtopic). Read once, a story is no longer unseen, and a bench
 * that prints its cards or wrong facts would invite rules written for it; the benches that print
 * stories one by one (conflict-cards, consensus's CONSENSUS_SHOW) leave them out of what they
 * print. docs/coverage-judgements.md and conflict-judgements.md say what the readings found.
 */
export const RESERVED_STORIES: ReadonlySet<string> = new Set([
    '6002', '6015', '6035', '6062', '6097', 'd30012t', 'd31041t', 'D0616G', 'D0632E', '22ecb',
    '6014', '6016', '6017', '6019', '6020', '6023', '6025', 'D0604D', 'D0618I', 'D0619A', 'D0621C', 'D0630C', 'D0631D', 'D0634G', '14ecb', '18ecb', '34ecb',
    '6006', '6010', '6022', '6028', '6031', '6053', '6054', '6066', 'D0612C', 'D0617H', 'D0636I', 'D0639C', 'D0650E', '5ecb', '7ecbplus', '22ecbplus', '23ecb', '35ecb',
    '6004', '6032', '6034', '6036', '6039', '6041', '6043', '6049', 'D0637A', 'D0648C', '1ecbplus', '3ecbplus', '6ecb', '8ecb', '16ecb', '26ecbplus',
    '6052', '6055', '6056', '10ecb',
    '6059', '6061', '6063', '6065', '6067', '6069', '6071', '6072', 'D0647B', 'D0608H', 'd30016t', 'M007', '6ecbplus', '11ecbplus', '27ecbplus', '33ecb',
    '6073', '6074', '6075', '6076', '6077', '6078', 'D0606F', '14ecbplus', '18ecbplus', '34ecbplus',
    '6001', '6008', '6018', '6026', '6044', '6047', '6058', '6079', 'D0611B', 'D0623E', 'd30040t', 'd31031t', 'M003', '19ecb', '19ecbplus', '30ecb', '30ecbplus',
    '6000', 'd31010t',
    '6003', '6007', '6009', '6011', '6012', '6013', '6021', '6024', 'D0638B', 'D0641E', 'd30042t', 'd31033t', 'M005', '2ecb', '2ecbplus', '25ecb', '25ecbplus',
    '6029', '6033', 'D0644H',
    '6037', '6038', '6040', '6045', '6046', '6048', '6050', '6051', 'D0640D', 'D0643G', 'd30044t', 'd30048t', 'M008', '20ecb', '20ecbplus', '31ecb', '31ecbplus',
    '6057', '6060', '6064',
    '6005', '6027', '6068', '6070', 'D0601A', 'D0603C', 'd30003t', 'd31001t', 'M001', '4ecb', '4ecbplus', '9ecb', '9ecbplus',
    '6030', '6042', 'D0615F', 'D0633F', 'D0635H', 'D0642F', 'd30010t', 'd30034t', 'd31013t', 'd31038t', 'M004', '28ecb', '28ecbplus',
    '5681', '5900', '5904', '5906', '5971', 'D0645I', 'D0646A', 'd30051t', 'd30056t', 'd31050t', 'M006',
    '5670', '5672', '5683', '5988', '5762', '5690', '5764', '5717', '5766', '5711', '5713', '5696', '5669', '5665', 'M002',
    '5614', '5616', '5676', '5740', '5814', '5870', '5823', '5746', '5821', '5744', '5768', '5771', '5687',
    '5812', '5805', '5829', '5784', '5652', '5966', '5939', '5993', '5962', '5991', '5953', '5883', '5869', '5894',
    '5876', '5865', '5737', '5647', '5964', '5881', '5892', '5955', '5889', 'd31022t', 'd30025t', 'M009',
    '5959', '5887', '5861',
    '5931', '5896', '5809', '5818', '5867', '5825', 'd31028t', 'd30005t', 'd31002t', 'D0629B',
    'd31011t', 'D0649D', 'D0628A',
  ]);

/** Whether a story of a corpus (allsides, duc2003, duc2006, multiling2011, ecbplus) is reserved. */
export function isReserved(corpus: string, story: string): boolean {
  return RESERVED_STORIES.has(story) || (corpus === 'allsides' && Number(story) >= 6080 && Number(story) <= 6112);
}

/** ECB+ topics kept whole for unseen readings (their subtopics in ../shared/bench/conflicts/ecb_dev). */
const RESERVED_ECB_TOPICS: ReadonlySet<string> = new Set(['14', '18', '34', '1', '3', '6', '8', '16', '26', '10', '11', '27', '33', '19', '30', '2', '25', '20', '31', '22', '5', '7', '23', '35', '24', '29', '4', '9', '28']);
/** Stories of earlier readings reserved by the injected benches only (bench/stories-errors.ts lists them too). */
const RESERVED_INJECTED: ReadonlySet<string> = new Set(['d30050t', 'd31009t', 'D0610A', 'D0625G']);

/**
 * Whether a story of the injected set (`../shared/bench/conflicts/SOURCE/STORY`: duc2003, duc2006,
 * multiling2011, ecb_dev) was read in an unseen reading: the benches that print a story's misses,
 * alarms or analogues (conflicts-analogues, conflicts-injected's CONFLICTS_DUMP) leave it out of
 * what they print. Its figures still count in the part it belongs to.
 */
export function isReservedInjected(source: string, story: string): boolean {
  return RESERVED_STORIES.has(story) || RESERVED_INJECTED.has(story) || (source === 'ecb_dev' && RESERVED_ECB_TOPICS.has(/^\d+/.exec(story)?.[0] ?? ''));
}
