// English words a user may ask with, mapped to the reports' Chinese terms, so that an
// English question finds the same passages. Generic vocabulary of the domain only.
const GLOSSARY: [RegExp, string][] = [
  [/\bsecond half\b|\bh2\b|\blatter half\b/g, '下半年'],
  [/\bfirst half\b|\bh1\b/g, '上半年'],
  [/\b(?:end of (?:the )?year|year[- ]end)\b/g, '年底'],
  [/\bfull year\b|\bwhole year\b|\bannual\b/g, '全年'],
  [/\bretire(?:d|ment|es|s)?\b/g, '退休'],
  [/\bpension(?:s|ers)?\b/g, '退休金'],
  [/\bdisab(?:led|ility|ilities)\b/g, '身心障礙'],
  [/\b(?:indigenous|aboriginal)\b/g, '原住民'],
  [/\bemploy(?:ed|ment|s)?\b|\bhir(?:e|ed|ing)\b/g, '進用'],
  [/\bsatisfaction(?: rates?| ratings?| scores?)?\b|\bsatisfied\b/g, '滿意度'],
  [/\b(?:ratio|rate|percentage|proportion)\b/g, '比例'],
  [/\bgenerative\b/g, '生成式'],
  [/\bpractic(?:e|al)\b/g, '實務'],
  [/\btotal budget\b/g, '總預算'],
  [/\bbudget\b/g, '預算'],
  [/\bpersonnel expenses?\b|\bstaff costs?\b/g, '人事費'],
  [/\bofficial (?:cars?|vehicles?)\b|\bgovernment (?:cars?|vehicles?)\b/g, '公務車'],
  [/\b(?:car )?trips\b/g, '車次'],
  [/\bdispatch(?:ed|es|ing)?\b/g, '調派'],
  [/\bagenc(?:y|ies)\b/g, '機關'],
  [/\bcivil servants?\b|\bpublic servants?\b|\bofficials?\b/g, '公務人員'],
  [/\bteachers?\b|\bfaculty\b/g, '教職員'],
  [/\b(?:elementary|primary) schools?\b|\belementary\b/g, '國小'],
  [/\bjunior high(?: schools?)?\b|\bmiddle schools?\b/g, '國中'],
  [/\b(?:school )?principals?\b/g, '校長'],
  [/\btraining\b|\btrained\b/g, '訓練'],
  [/\bcourses?\b|\bclasses\b/g, '課程'],
  // the classes of a medal (first-class service medal), before class as a course
  [/\bspecial[- ]class\b/g, '特等'],
  [/\bfirst[- ]class\b/g, '一等'],
  [/\bsecond[- ]class\b/g, '二等'],
  [/\bthird[- ]class\b/g, '三等'],
  [/\bclass\b/g, '班'],
  [/\bsessions?\b/g, '場次'],
  [/\bparticipants?\b|\battend(?:ed|ees)?\b/g, '參加'],
  [/\benglish (?:test|proficiency|certification)\b/g, '英語檢定'],
  [/\bsubsid(?:y|ies|ized)\b|\ballowance\b/g, '補助'],
  [/\bhealth (?:check|exam(?:ination)?)s?\b/g, '健康檢查'],
  [/\bpolice\b/g, '警察'],
  [/\b(?:employee |staff )?clubs?\b/g, '員工社團'],
  [/\bemployees?\b/g, '員工'],
  [/\bvolunteer(?:s|ing)?\b/g, '志願服務'],
  [/\bconsumers?\b/g, '消費者'],
  [/\bsingles? (?:events?|mixers?|parties)\b|\bdating events?\b/g, '單身聯誼'],
  [/\bexam(?:ination)? (?:districts?|areas?|regions?|sites?)\b/g, '考區'],
  [/\bexams?\b|\bexaminations?\b/g, '考試'],
  [/\bcandidates?\b|\bexaminees?\b|\btest[- ]takers?\b/g, '考生'],
  [/\bsouthern\b/g, '南部'],
  [/\bcertif(?:y|ied|icates?|ication|ications)\b/g, '認證'],
  [/\blicen[cs]es?\b/g, '證照'],
  [/\bhakka\b/g, '客語'],
  [/\bmarriage\b|\bwedding\b/g, '結婚'],
  [/\bwomen\b|\bfemale\b/g, '女性'],
  [/\bsupervisors?\b|\bmanagers?\b/g, '主管'],
  [/\bcounsel(?:l)?ing\b/g, '諮商'],
  [/\bsister cit(?:y|ies)\b/g, '姊妹市'],
  [/\bconsumer complaints?\b/g, '消費申訴'],
  [/\bcomplaints?\b/g, '申訴'],
  [/\bmediat(?:e|ed|es|ion|ions)\b/g, '調解'],
  [/\bconsult(?:ation|ations|ed|ing)?\b|\binquir(?:y|ies)\b/g, '諮詢'],
  [/\binspect(?:ed|ion|ions)?\b/g, '查察'],
  [/\bvisit(?:s|ed|ors?)?\b/g, '訪'],
  [/\bmeetings?\b/g, '會議'],
  [/\bservice medals?\b/g, '服務獎章'],
  [/\bmedals?\b/g, '獎章'],
  [/\bawards?\b|\bprizes?\b/g, '獎'],
  [/\bcontract(?:ed)? (?:stores?|shops?|merchants?)\b|\bpartner (?:stores?|shops?|merchants?)\b/g, '特約商店'],
  [/\bstores?\b|\bshops?\b/g, '商店'],
  [/\bloans?\b/g, '貸款'],
  [/\binterest rate\b/g, '利率'],
  [/\bdigital learning\b|\be-learning\b/g, '數位學習'],
  [/\bworkshops?\b|\bseminars?\b/g, '研習班'],
  [/\bcitizen services?\b|\bpublic services?\b/g, '為民服務'],
  [/\bhotlines?\b/g, '專線'],
  [/\bworkplace\b/g, '職場'],
  [/\b(?:interpersonal )?relationships?\b/g, '人際關係'],
  [/\bskills?\b/g, '技巧'],
  [/\bcare (?:packages?|kits?|packs?)\b/g, '關懷包'],
  [/\bhanded out\b|\bdistribut(?:e|ed|es|ion)\b/g, '發放'],
  [/\b(?:care|caring)\b/g, '關懷'],
  [/\bteams?\b/g, '團隊'],
  [/\binternal\b/g, '內部'],
  [/\bdrones?\b/g, '無人機'],
  [/\belevators?\b|\blifts?\b/g, '電梯'],
  [/\brenovat(?:e|ed|es|ion|ions)\b|\brefurbish(?:ed|ment)?\b/g, '整修'],
  [/\baccepted\b|\bacceptance(?: inspection)?\b/g, '驗收'],
  [/\bcommittees?\b/g, '委員會'],
  [/\btask forces?\b/g, '任務編組'],
  [/\baccounts?\b/g, '帳號'],
  [/\bactivat(?:e|ed|es|ion)\b/g, '開通'],
  [/\bsummer\b/g, '暑期'],
  [/\bmunicipal\b/g, '市政'],
  [/\bmember(?:s'?)? (?:assembly|meeting)\b|\bgeneral assembly\b/g, '會員大會'],
  [/\bassociations?\b/g, '協會'],
  [/\bexecutive yuan\b/g, '行政院'],
  [/\b(?:department|office|bureau) of personnel\b|\bpersonnel (?:department|office|bureau)\b/g, '人事處'],
  [/\bmodel civil servant\b/g, '模範公務人員'],
  // the foreign places the reports name (sister and friendly cities, countries visited) and who is met there
  [/\bsan antonio\b/g, '聖安東尼'],
  [/\bbrisbane\b/g, '布里斯本'],
  [/\bkumamoto\b/g, '熊本'],
  [/\bsado\b/g, '佐渡'],
  [/\bportland\b/g, '波特蘭'],
  [/\bsuwon\b/g, '水原'],
  [/\bhachioji\b/g, '八王子'],
  [/\bdaegu\b/g, '大邱'],
  [/\bbusan\b/g, '釜山'],
  [/\bniigata\b/g, '新潟'],
  [/\btokyo\b/g, '東京'],
  [/\bfukuoka\b/g, '福岡'],
  [/\bdaejeon\b/g, '大田'],
  [/\beswatini\b|\bswaziland\b/g, '史瓦帝尼'],
  [/\bsaint lucia\b|\bst\.? lucia\b/g, '聖露西亞'],
  [/\blithuania(?:n)?\b/g, '立陶宛'],
  [/\bbelize\b/g, '貝里斯'],
  [/\bjapan(?:ese)?\b/g, '日本'],
  [/\bkorea(?:n)?\b/g, '韓國'],
  [/\bunited states\b|\bamerica(?:n)?\b|\busa\b/g, '美國'],
  [/\baustralia(?:n)?\b/g, '澳洲'],
  [/\bhong kong\b/g, '香港'],
  [/\bfriendly cit(?:y|ies)\b|\bpartner cit(?:y|ies)\b/g, '友好城市'],
  [/\b(?:vice|deputy) mayors?\b/g, '副市長'],
  [/\bmayors?\b/g, '市長'],
  [/\bgovernors?\b/g, '知事'],
  [/\bprime ministers?\b|\bpremiers?\b/g, '總理'],
  [/\bambassadors?\b/g, '大使'],
  [/\benvoys?\b|\bdiplomats?\b/g, '使節'],
  [/\bcountr(?:y|ies)(?:'s)?\b|\bnations?\b/g, '國'],
  [/\bdelegations?\b/g, '訪團'],
  [/\bstudents?\b/g, '學生'],
  [/\byouth\b/g, '青年'],
  [/\bcamps?\b/g, '營'],
  [/\blantern festival\b/g, '燈會'],
  [/\bexhibit(?:ion|ions|s)?\b/g, '展'],
  [/\bin total\b|\baltogether\b|\btotal\b/g, '總共'],
  [/\bhow many people\b|\bhow many persons\b/g, '多少人'],
  [/\bhow many times\b/g, '多少次'],
  [/\bhow many years\b/g, '幾年'],
  [/\bhow many\b/g, '多少'],
  [/\bhow much\b/g, '多少'],
  [/\bwho\b/g, '誰'],
  [/\bwhen\b/g, '何時'],
  [/\bwhere\b/g, '哪裡'],
  [/\bwhich\b/g, '哪個'],
  [/\bpeople\b|\bpersons\b|\bstaff\b|\bemployees\b/g, '人員'],
  [/\bkaohsiung\b/g, '高雄'],
  [/\broc year (\d{2,3})\b/g, '$1年'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An English month (not the modal may), with its day before or after it (1 December, December 1st,) and the year after it. */
const MONTH_NAMES = /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b,?)?(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/g;

/** English words that carry no topic: they are dropped; any other English word is kept (as a word the reports may not use). */
const ENGLISH_STOPWORDS = new Set(
  'a an the of in on at to for from by with and or is are was were be been being do does did have has had what which that this these those there their they it its how many much who when where why whom whose per during between about into than then as also any all each every some our your my me we you he she his her them city government kaohsiung roc year years period take took taken get got give gave given hold held make made send sent come came go went done'.split(' '),
);

/** True when a question is mostly English. */
export function isEnglish(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return latin > 3 * cjk && latin >= 6;
}

/**
 * Chinese terms for the English words of a question. Other English words are dropped,
 * except names written with capitals inside (CEDAW, WebITR, iKPD), which the reports use too.
 */
export function translateEnglish(text: string): string {
  const names = text.match(/\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
  let out = text.toLowerCase();
  // a month, with its year before it and its day after it as the reports write them (1 July 2024 → 2024 7月1日, then 113年7月1日)
  out = out.replace(MONTH_NAMES, (_, dayBefore: string | undefined, month: string, dayAfter: string | undefined, year: string | undefined) => {
    const day = dayBefore ?? dayAfter;
    return ` ${year ?? ''} ${MONTHS.indexOf(month.slice(0, 3)) + 1}月${day ? `${Number(day)}日` : ''} `;
  });
  for (const [re, zh] of GLOSSARY) out = out.replace(re, ` ${zh} `);
  const words = out.split(/\s+/).filter(Boolean);
  // a word with no Latin letter left (a single letter, the article a, is no term)
  const chinese = words.filter((w) => !/[a-z]/.test(w));
  // other English content words stay: a question about something the reports never name must not look answerable
  const other = words.map((w) => w.replace(/[^a-z]/g, '')).filter((w) => w.length >= 4 && !ENGLISH_STOPWORDS.has(w));
  return [...chinese, ...names.filter((n) => n.toLowerCase() !== 'roc'), ...other].join(' ');
}
