import { describe, expect, it } from 'vitest';
import { prepareQuestion } from '../../src/retrieve/question';
import { asksPerson, figureAnswers, findAsks, institutionAsked, negatedOutcome, unitFit } from '../../src/retrieve/asks';

const asks = (q: string) => findAsks(q).map((a) => `${a.kind}:${a.units.join('/')}`);

describe('what a question asks', () => {
  it('reads the unit a count implies', () => {
    expect(asks('去年辦了幾場研習？')).toEqual(['count:場次/場/梯次']);
    expect(asks('累計多少人次使用？')).toEqual(['count:人次/人天次/瀏覽人次']);
    expect(asks('訓練總共多少人天次？')).toEqual(['count:人天次']);
    expect(asks('總共開了幾個班期？')).toEqual(['count:班/班期/個班期/期']);
    expect(asks('有幾家特約商店？')).toEqual(['count:家']);
    expect(asks('有多少個機關導入？')).toEqual(['count:個機關/個']);
    expect(asks('有多少位主管參加？')).toEqual(['count:人/名/位/員']);
    // 人事機構 is no person: 幾個 counts the agencies
    expect(asks('全國有幾個人事機構參加評比？')).toEqual(['count:']);
    expect(asks('一共印了多少張？')).toEqual(['count:張']);
    expect(asks('停車場有幾格？')).toEqual(['count:格']);
    // any measure word says the unit (幾床 is not answered by 3科); 間 also counts what 所 and 家 count
    expect(asks('醫院有幾床病床？')).toEqual(['count:床']);
    expect(asks('大樓有幾棟？')).toEqual(['count:棟']);
    expect(asks('有幾間學校參加？')).toEqual(['count:間/所/家']);
    // …but not a word that starts with the same character
    expect(asks('一共多少支出？')).not.toEqual(['count:支']);
    expect(asks('有多少條件？')).not.toEqual(['count:條']);
    expect(asks('推薦了多少個團體？')).not.toEqual(['count:團']);
    expect(asks('有幾個部門參加？')).not.toEqual(['count:部']);
    // a question ending on 幾個 counts, whatever measure it names before
    expect(asks('還沒符合性別比例的委員會有幾個？')).toEqual(['count:個/人/名/位']);
  });

  it('reads percentages, money, rates, dates, durations, who, where and which', () => {
    expect(asks('通過率是多少？')).toEqual(['percent:%']);
    expect(asks('補助最高多少錢？')).toEqual(['money:千元/萬元/億元/元']);
    expect(asks('貸款利率是多少？')).toEqual(['rate:厘/%']);
    expect(asks('特約商店打幾折？')).toEqual(['rate:折']);
    expect(asks('什麼時候開始實施？')).toEqual(['date:']);
    expect(asks('月退休金是哪兩天發的？')).toEqual(['date:日']);
    expect(asks('每隔多久檢查一次？')).toEqual(['duration:年/個月/天/週/小時']);
    expect(asks('得獎的是誰？')).toEqual(['who:']);
    expect(asks('來訪的市長叫什麼名字？')).toEqual(['who:']);
    // the name of a thing is no person
    expect(asks('那本桌曆叫什麼名字？')).toEqual(['which:']);
    expect(asks('合併後的新機關叫什麼？')).toEqual(['which:']);
    // 率 after a title leads (市長率團), it is no rate
    expect(asks('物產展是哪位市長率團來的？')).toEqual(['who:']);
    // a numeral between 哪 and the classifier counts the things asked for, as the question prepares it
    expect(asks(prepareQuestion('傑出貢獻獎推薦了哪兩位？').text)).toEqual(['who:']);
    expect(asks(prepareQuestion('得獎的是哪兩門課程？').text)).toEqual(['which:']);
    // …and 哪兩個人 asks for people as 哪兩位 does; 哪些人 what kind of people, 哪個人事機構 an agency
    expect(asks(prepareQuestion('選拔推薦了哪兩個人去參加？').text)).toEqual(['who:']);
    expect(asks('研習班是給哪些人上的？')).toEqual(['which:']);
    expect(asks('是哪個人事機構辦的？')).toEqual(['which:']);
    expect(asks(prepareQuestion('月退休金是哪兩天發的？').text)).toEqual(['date:日']);
    expect(asks('完訓率多少？')).toEqual(['percent:%']);
    expect(asks('入門班有幾個簡任的人上課？')).toEqual(['count:人/名/位/員']);
    // 幾個科: the classifier 個 and what it counts
    expect(asks('醫院多設了幾個科？')).toEqual(['count:科']);
    expect(asks('在哪裡舉行？')).toEqual(['where:']);
    // 哪兩個地方, 哪兩處: places, not which things
    expect(asks('點燈是在哪兩個地方？')).toEqual(['where:']);
    expect(findAsks('點燈是在哪兩個地方？')[0]?.cue).toBe('在哪兩個地方');
    expect(asks('分別在哪兩處辦理？')).toEqual(['where:']);
    // 在哪一次 asks which occasion, not a place
    expect(asks('在哪一次市政會議上表揚？')).toEqual(['which:']);
    // people named before a bare 多少 (參訓的人總共有多少) are counted in people
    expect(asks('參訓的人總共有多少？')).toEqual(['count:人/名/位/員']);
    expect(asks('參加的人有幾個單位？')).not.toEqual(['count:人/名/位/員']);
    expect(asks('獲得哪些獎項？')).toEqual(['which:']);
    expect(asks('這學期開的是哪一門課？')).toEqual(['which:']);
  });

  it('reads a sum named by what it is, a score, and which days as a date', () => {
    for (const q of ['退撫金總共發了多少？', '公務車的油料費是多少？', '公務車一年的油錢要多少？', '照護金單身的一節發多少？', '修繕工程的經費花了多少？', '工程總共花了多少？']) expect(asks(q)).toEqual(['money:千元/萬元/億元/元']);
    // …also when the period it is of follows it
    expect(asks('退撫金下半年發了多少？')).toEqual(['money:千元/萬元/億元/元']);
    expect(asks('研習花了多少天？')).toEqual(['duration:天/日']);
    // 金 and 費 inside other words name no sum
    expect(asks('參加金檔獎的有幾個機關？')).toEqual(['count:個機關/個']);
    expect(asks('消費者申訴有幾件？')).toEqual(['count:件']);
    expect(asks('路邊收費服務員有幾個人？')).toEqual(['count:人/名/位/員']);
    expect(asks('結訓後平均考幾分？')).toEqual(['count:分']);
    expect(asks('巡察是哪幾天？')).toEqual(['date:']);
    expect(asks('巡察了幾天？')).toEqual(['duration:天/日']);
    // 幾年幾月幾號 asks a date, 幾年 alone how long
    expect(asks('平台是幾年幾月幾號上線的？')).toEqual(['date:日']);
    expect(asks('平台是幾年幾月上線的？')).toEqual(['date:月']);
    expect(asks('平台上線幾年了？')).toEqual(['duration:年/周年/週年']);
    // …and 民國幾年, 幾年到幾年 which years
    expect(asks('鑑定的是民國幾年的檔案？')).toEqual(['date:年']);
    expect(asks('鑑定的是幾年到幾年的檔案？')).toEqual(['date:年']);
  });

  it('reads a percentage asked in words or with its sign (百分之多少, 幾%, 幾趴), and a tie\'s years answered by its 周年', () => {
    expect(asks('精簡了百分之多少？')).toEqual(['percent:%']);
    expect(asks('精簡了百分之幾？')).toEqual(['percent:%']);
    expect(asks('精簡了多少%？')).toEqual(['percent:%']);
    expect(asks('精簡了幾趴？')).toEqual(['percent:%']);
    expect(figureAnswers(findAsks('兩市結盟滿幾年了？')[0]!, { kind: 'duration', unit: '周年', text: '40 周年' })).toBe(true);
    expect(figureAnswers(findAsks('兩市結盟滿幾年了？')[0]!, { kind: 'duration', unit: '個月', text: '6 個月' })).toBe(false);
  });

  it('reads weeks asked (幾週, 幾個禮拜 as the question reads it) as a duration in 週, and 幾週年 as a tie\'s years', () => {
    expect(asks('儲訓班為期幾週？')).toEqual(['duration:週']);
    expect(asks(prepareQuestion('儲訓一共上了幾個禮拜？').text)).toEqual(['duration:週']);
    expect(asks('締盟幾週年？')).toEqual(['duration:周年/週年']);
  });

  it('reads 那幾班 before a question word as pointing, and a telephone number asked as a name to quote', () => {
    // 那幾班 points at classes already named when another question word follows; alone, it still asks
    expect(asks('那幾班英文課一共幾個人上？')).toEqual(['count:人/名/位/員']);
    expect(asks('英文課開了那幾班？')).toEqual(['count:班/班期/個班期/期']);
    // a telephone number is a name to quote: neither a count nor a day of the month
    expect(asks('消費者服務專線是幾號？')).toEqual(['which:']);
    expect(asks('申訴電話是多少？')).toEqual(['which:']);
    expect(asks('說明會是幾號？')).toEqual(['date:日']);
    expect(asks('1999專線多少通電話？').map((a) => a.split(':')[0])).not.toContain('which');
  });

  it('reads 幾周年 as a span of years, and what is paid out asked by its verb (最多補多少) as money', () => {
    expect(findAsks('締盟幾周年？').map((a) => [a.kind, a.units])).toEqual([['duration', ['周年', '週年']]]);
    expect(findAsks('健檢最多補多少？').map((a) => a.kind)).toEqual(['money']);
    expect(findAsks('最多補多少人？').map((a) => a.kind)).not.toContain('money');
  });

  it('tells a who question about a person of some title from one that may be about an organisation', () => {
    const q = (text: string) => ({ text, asks: findAsks(text) });
    expect(asksPerson(q('研習班的講師是誰？'))).toBe(true);
    expect(asksPerson(q('是哪位醫師負責看診？'))).toBe(true);
    expect(asksPerson(q('個人獎是誰拿到的？'))).toBe(true);
    expect(asksPerson(q('這個班是委託誰辦的？'))).toBe(false);
    expect(asksPerson(q('推薦了哪兩位參加選拔？'))).toBe(true);
    expect(asksPerson(q('推薦了哪兩個人參加選拔？'))).toBe(true);
    expect(asksPerson(q('局長辦了幾場座談？'))).toBe(false);
  });

  it('reads 佔多少 as a share, but 佔多少人 as a count of people; a passenger lift (客梯) counts no people', () => {
    expect(asks('教職員佔多少？')).toEqual(['percent:%']);
    expect(asks('月退休金發放人數裡教職員佔多少人？')).toEqual(['count:人/名/位/員']);
    expect(findAsks('電梯工程換了幾部客梯？').map((a) => a.kind)).toEqual(['count']);
    expect(findAsks('電梯工程換了幾部客梯？')[0]!.units).not.toContain('人');
    expect(asks('燈會來了多少遊客？')).toEqual(['count:人/名/位/員']);
  });

  it('reads the span a thing covers (涵蓋的期間是什麼時候) as a date asked, all those words asking', () => {
    expect(findAsks('業務報告涵蓋的期間是什麼時候？')).toEqual([{ kind: 'date', units: [], cue: '涵蓋的期間是什麼時候' }]);
    expect(findAsks('這份報告包含的時間？')).toEqual([{ kind: 'date', units: [], cue: '包含的時間' }]);
    // how long it covers is a duration
    expect(findAsks('這份報告涵蓋的期間有多久？').map((a) => a.kind)).toContain('duration');
  });

  it('reads a time of day asked (幾點) as a date only a figure with its hour answers', () => {
    const [clock] = findAsks('市政府幾點開始上班？');
    expect(clock).toMatchObject({ kind: 'date', units: ['時'] });
    expect(unitFit(clock!, { kind: 'date', unit: '', text: '112年4月26日' })).toBeNull();
    // 什麼時間 asks when, of any precision
    expect(findAsks('研習班是什麼時間辦的？')).toEqual([{ kind: 'date', units: [], cue: '什麼時間' }]);
  });

  it('takes a time in words (年中, 當月) as a loose answer to when, never to a day, month or year asked', () => {
    const [when] = findAsks('擴大主管會報什麼時候舉行？');
    expect(unitFit(when!, { kind: 'date', unit: '', text: '年中' })).toBe('loose');
    expect(unitFit(when!, { kind: 'date', unit: '', text: '111年7月1日' })).toBe('exact');
    const [month] = findAsks('擴大主管會報是幾月舉行？');
    expect(unitFit(month!, { kind: 'date', unit: '', text: '月底' })).toBeNull();
  });

  it('reads a length asked as how often (多久巡一次, 幾年檢一次), answered by a time in words that repeats', () => {
    const [often] = findAsks('登革熱防治多久派人巡一次？');
    expect(often).toMatchObject({ kind: 'duration', every: true });
    expect(unitFit(often!, { kind: 'date', unit: '', text: '每週' })).toBe('exact');
    expect(unitFit(often!, { kind: 'date', unit: '', text: '年中' })).toBeNull();
    // asked how long, a time that repeats is no length
    const [long] = findAsks('畫展展了多久？');
    expect(long!.every).toBeUndefined();
    expect(unitFit(long!, { kind: 'date', unit: '', text: '每週' })).toBeNull();
    // the first of a series is no frequency
    expect(findAsks('第一次共識營辦了多久？')[0]!.every).toBeUndefined();
  });

  it('reads how long a thing ran as answered, loosely, by the span of its dates, never by one date', () => {
    const [long] = findAsks('語言交流活動辦了多久？');
    expect(unitFit(long!, { kind: 'date', unit: '', text: '111年11月2日至11月23日' })).toBe('loose');
    expect(unitFit(long!, { kind: 'date', unit: '', text: '111年9月16日至10月14日' })).toBe('loose');
    expect(unitFit(long!, { kind: 'date', unit: '', text: '111年9月27日' })).toBeNull();
    expect(unitFit(long!, { kind: 'duration', unit: '個月', text: '1個月' })).toBe('exact');
  });

  it('hears 多久 as a question word beside another part (辦多久、有幾人參加: both asked)', () => {
    expect(findAsks('交流活動辦多久、有幾人參加').map((a) => a.kind)).toEqual(['duration', 'count']);
  });

  it('reads 幾個 before what they did or did not do as a count, not the rate the question names', () => {
    expect(asks('委員會還有多少個沒符合性別比例規定？')).toEqual(['count:個/人/名/位']);
    expect(asks('委員會已符合性別比例的占多少？')).toEqual(['percent:%']);
  });

  it('knows a question asking for a school or a hospital by its kind, and how such a name is written', () => {
    expect(institutionAsked({ text: '學生是哪幾所學校的？' })?.test('國立臺灣科技大學')).toBe(true);
    // a university's students are no university
    expect(institutionAsked({ text: '學生是讀哪些大學的？' })?.test('和來自世界各地之大學生交流')).toBe(false);
    expect(institutionAsked({ text: '是跟哪家醫院合作的？' })?.test('高雄長庚紀念醫院')).toBe(true);
    expect(institutionAsked({ text: '是跟哪家醫院合作的？' })?.test('各醫院')).toBe(false);
    expect(institutionAsked({ text: '有幾所學校導入？' })).toBeNull();
    // where a guest stayed is a hotel named, not the trade
    expect(institutionAsked({ text: '訪團來高雄住哪間飯店？' })?.test('下榻於高雄漢來大飯店')).toBe(true);
    expect(institutionAsked({ text: '訪團來高雄住在哪裡？' })?.test('帶動本市餐飲、旅館及交通運輸等行業商機')).toBe(false);
    // a city by its tie is a city named, not the tie, a city's people or its mayor
    const city = institutionAsked({ text: '副市長去日本拜會了哪個友好城市？' });
    expect(city?.test('訪團於7月25日拜會八王子友好城市')).toBe(true);
    expect(city?.test('與美國德克薩斯州聖安東尼市締盟')).toBe(true);
    expect(city?.test('羅達生副市長率團出訪日本，進行友好城市交流')).toBe(false);
    expect(city?.test('邀請各姊妹市代表團，由市長接待市民')).toBe(false);
  });

  it('knows a question asking of those that did not reach an outcome, and how a sentence says that', () => {
    const negation = negatedOutcome({ text: '有幾家店沒有續約？' });
    expect(negation?.outcome).toBe('續約');
    expect(negation?.negated.test('續約優惠店家計499家')).toBe(false);
    expect(negation?.negated.test('未續約店家計12家')).toBe(true);
    expect(negatedOutcome({ text: '還有幾個委員會沒符合性別比例？' })?.negated.test('尚未符合性別比例規定13個')).toBe(true);
    // a yes-or-no question asks of the outcome itself
    expect(negatedOutcome({ text: '有沒有通過評鑑？' })).toBeNull();
    expect(negatedOutcome({ text: '有幾家店續約？' })).toBeNull();
  });

  it('finds every ask of a question with several, and drops a bare 多少 next to a specific one', () => {
    expect(asks('在哪裡辦？有多少人參加？')).toEqual(['where:', 'count:人/名/位/員']);
    expect(asks('比例在110年和111年各是多少？')).toEqual(['percent:%']);
  });

  it('matches figures to asks by kind and unit; a bare number never answers', () => {
    const [people] = findAsks('有多少人？');
    expect(figureAnswers(people!, { kind: 'count', unit: '人', text: '3人' })).toBe(true);
    expect(figureAnswers(people!, { kind: 'count', unit: '場次', text: '3場次' })).toBe(false);
    const [any] = findAsks('有多少？');
    expect(figureAnswers(any!, { kind: 'money', unit: '元', text: '5元' })).toBe(true);
    expect(figureAnswers(any!, { kind: 'number', unit: '', text: '5' })).toBe(false);
  });

  it('lets the classifier 個 with what it counts answer 幾個 (not 個月, nor an ordinal)', () => {
    const [things] = findAsks('導入的機關有幾個？');
    expect(figureAnswers(things!, { kind: 'count', unit: '個機關', text: '187個機關' })).toBe(true);
    expect(figureAnswers(things!, { kind: 'duration', unit: '個月', text: '6個月' })).toBe(false);
    const [sessions] = findAsks('開了幾期？');
    expect(figureAnswers(sessions!, { kind: 'count', unit: '期', text: '5期' })).toBe(true);
    expect(figureAnswers(sessions!, { kind: 'ordinal', unit: '期', text: '3期' })).toBe(false);
  });

  it('reads 第幾 as which one of a series, answered by an ordinal, and 哪幾 as which ones', () => {
    expect(asks('是在第幾次市政會議表揚的？')).toEqual(['ordinal:次']);
    // views are counted as 瀏覽人次: 瀏覽了幾次 is answered by them
    expect(asks('資源被瀏覽了幾次？')).toEqual(['count:次/人次/車次/場次/瀏覽人次']);
    const [which] = findAsks('是在第幾次市政會議表揚的？');
    expect(figureAnswers(which!, { kind: 'ordinal', unit: '次', text: '330次' })).toBe(true);
    expect(figureAnswers(which!, { kind: 'count', unit: '次', text: '36次' })).toBe(false);
    // a class's session is its 班期: asked 第幾班期 or 第幾期, 第2班期 answers
    expect(asks('研習班是第幾班期？')).toEqual(['ordinal:班期']);
    const [session] = findAsks('研習班是第幾班期？');
    expect(figureAnswers(session!, { kind: 'ordinal', unit: '班期', text: '2班期' })).toBe(true);
    const [term] = findAsks('研習班是第幾期？');
    expect(figureAnswers(term!, { kind: 'ordinal', unit: '班期', text: '2班期' })).toBe(true);
    expect(figureAnswers(session!, { kind: 'ordinal', unit: '次', text: '330次' })).toBe(false);
    expect(asks('特約商店分成哪幾大類主題？')).toEqual(['which:']);
    expect(asks('特約商店分成幾大類？')).toEqual(['count:大類/類']);
  });

  it('reads measures and pieces as their own unit: a length, a weight, a night, a call', () => {
    expect(asks('自行車道總長多少公里？')).toEqual(['count:公里']);
    expect(asks('每人發了幾片餅乾？')).toEqual(['count:片']);
    expect(asks('考察團在當地停留幾晚？')).toEqual(['count:晚']);
    expect(asks('客服中心每天打出多少通電話？')).toEqual(['count:通']);
    // …not the start of another word
    expect(asks('有幾個人通過？')).not.toEqual(['count:通']);
    expect(asks('多少包含在內？')).not.toEqual(['count:包']);
  });

  it('reads what the general classifier counts when a short name ends the question, and lets no count of people answer it', () => {
    const [rooms] = findAsks('這個園區總共有幾個停車場？');
    expect(rooms).toMatchObject({ kind: 'count', counted: '停車場' });
    expect(unitFit(rooms!, { kind: 'count', unit: '人', text: '81,304人' })).toBeNull();
    expect(unitFit(rooms!, { kind: 'count', unit: '個', text: '12個' })).toBe('exact');
    expect(unitFit(rooms!, { kind: 'count', unit: '所', text: '8所' })).toBe('exact');
    const [accounts] = findAsks('新系統建立了多少個信箱？');
    expect(unitFit(accounts!, { kind: 'count', unit: '個機關', text: '180個機關' })).toBeNull();
    const [agencies] = findAsks('有幾個合作機關？');
    expect(unitFit(agencies!, { kind: 'count', unit: '個機關', text: '27個機關' })).toBe('exact');
    // people and what is counted in people are no things
    expect(findAsks('圖書館新聘了幾個管理員？')[0]?.counted).toBeUndefined();
    expect(findAsks('明年要增加幾個員額？')[0]?.counted).toBeUndefined();
  });

  it('lets 人次 answer 「多少人」 only loosely (a count of persons first)', () => {
    const [people] = findAsks('有多少人參加？');
    expect(unitFit(people!, { kind: 'count', unit: '人', text: '3,086人' })).toBe('exact');
    expect(unitFit(people!, { kind: 'count', unit: '人次', text: '187人次' })).toBe('loose');
  });
  it('reads a bare 期間 as a date only when it ends the question, and a visitor ending in 客 as people', () => {
    expect(asks('展覽的期間？')).toEqual(['date:']);
    expect(asks('博覽會期間來了多少遊客？')).toEqual(['count:人/名/位/員']);
    expect(asks('年貨大街有多少民眾參觀？')).toEqual(['count:人/名/位/員']);
    // volunteers are people: 多少志工 is answered by heads, not by a count of visits
    expect(asks('關懷訪視有多少志工參與？')).toEqual(['count:人/名/位/員']);
    // 客語, 客家 and 客戶 are no visitors
    expect(asks('開了幾個客語班？')).not.toEqual(['count:人/名/位/員']);
  });

  it('reads a price as money and 哪間 as which one', () => {
    expect(asks('紀念品的單價是多少？')).toEqual(['money:千元/萬元/億元/元']);
    expect(asks('餐盒價格多少？')).toEqual(['money:千元/萬元/億元/元']);
    expect(asks('是哪間廠商得標？')).toEqual(['which:']);
    expect(asks('是哪一局主辦的？')).toEqual(['which:']);
  });
});
