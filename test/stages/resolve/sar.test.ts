// Hong Kong and Macao news: districts written with or without 区, 特区政府 read against the region the page is about,
// bureaus whose names join two fields with 及. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { fullOrgName } from '../../../src/stages/resolve/entities.js';

const hongKong = `本报讯 特区政府昨日在沙田举行公共图书馆启用典礼。创新科技及工业局局长陈国栋致辞，表示沙田区居民将可就近使用新馆。
观塘区议员李文杰亦有出席。`;

const macao = `本报讯 特区政府社会工作局昨日在氹仔探访长者中心。`;

describe('Hong Kong and Macao pages', () => {
  const [hk] = parsePage(hongKong, { issueDate: '2024-03-15' }).articles;
  const places = Object.fromEntries(hk!.places.map((p) => [p.name, p]));
  const orgs = hk!.organizations.map((o) => o.name);

  it('merges a district written without 区 into the district, named by its full name', () => {
    expect(places['沙田区']).toMatchObject({ level: 'county', aliases: ['沙田'] });
    expect(places['沙田区']!.mentions).toHaveLength(2);
    expect(places['沙田']).toBeUndefined();
  });

  it('keeps the district in a district councillor\'s title', () => {
    expect(hk!.officials.find((p) => p.name === '李文杰')?.titles).toEqual(['观塘区议员']);
  });

  it('names 特区政府 after the region the page is about', () => {
    expect(orgs).toContain('香港特别行政区政府');
    const [mo] = parsePage(macao, { issueDate: '2024-06-01' }).articles;
    expect(mo!.organizations.map((o) => o.name)).toContain('澳门特别行政区政府');
    expect(mo!.places.map((p) => p.name)).toContain('氹仔'); // the island, not the parish 嘉模堂区 on it
  });

  it('reads a bureau named by two fields joined with 及 as one organ', () => {
    expect(orgs).toContain('创新科技及工业局');
    expect(hk!.officials.find((p) => p.name === '陈国栋')?.titles).toEqual(['创新科技及工业局局长']);
  });
});

describe('Hong Kong government bodies', () => {
  const orgs = (text: string) => parsePage(text, { issueDate: '2023-06-30' }).articles[0]!.organizations.map((o) => o.name);

  it('reads departments named by their field (渠务署, 运输及物流局, 民政事务处), before their own post too', () => {
    expect(orgs('本报讯 渠务署署长蔡志明与运输及物流局副局长冯立德到场，沙田民政事务处派员出席。')).toEqual(['渠务署', '运输及物流局', '沙田民政事务处']);
  });

  it('reads a district council after its district and a committee of a known body (立法会房屋事务委员会), which names that body too', () => {
    expect(orgs('本报讯 沙田区议会主席叶立邦表示，会在立法会房屋事务委员会跟进。')).toEqual(['沙田区议会', '立法会房屋事务委员会', '立法会']);
  });

  it('does not take 位处, 到处 for offices', () => {
    expect(orgs('本报讯 区内不少屋苑位处低洼地带，到处水浸。')).toEqual([]);
  });
});

describe('a Hong Kong page: credits, honours and events', () => {
  const page = parsePage(['【本報訊】記者司徒靜文報道：', '立法會條例草案委員會昨（29）日舉行會議。委員會主席鄺志文主持會議，稅務局副局長岑國良等官員出席。', '出席會議的立法會議員譚家欣、彭子明關注措施成效。元朗區議會主席鍾啟文太平紳士表示歡迎。', '', '【本報訊】本地物流商華港物流集團有限公司前晚公布全年業績。'].join('\n'), { issueDate: '2023-06-30' });
  const [bill, results] = page.articles;

  it('reads an unbracketed reporter credit after the dateline as the byline, not as the body', () => {
    expect(bill!.byline).toEqual(['司徒靜文']);
    expect(bill!.body.startsWith('立法會')).toBe(true);
  });

  // (An honour after a name, 太平紳士, tells the name but is no title: most Hong Kong pages annotated so far say so.)
  it('reads a committee chair, a field bureau named alone (稅務局), and an honour after a name (太平紳士) as no title', () => {
    const titles = Object.fromEntries(bill!.officials.map((p) => [p.name, p.titles]));
    // Entity names and titles are given in Simplified script; mentions keep the page's own.
    expect(titles['邝志文']).toEqual(['委员会主席']);
    expect(titles['岑国良']).toEqual(['税务局副局长']);
    expect(titles['钟启文']).toEqual(['元朗区议会主席']);
  });

  it('makes those named after 出席會議的 attendees', () => {
    expect(bill!.officials.find((p) => p.name === '谭家欣')?.roles).toContain('attendee');
  });

  it('reads a results announcement (公布…業績) as a release, on 前晚', () => {
    expect(results!.companies.map((c) => c.name)).toEqual(['华港物流集团有限公司']);
    expect(results!.events.map((e) => [e.type, e.date?.iso])).toEqual([['release', '2023-06-28']]);
  });
});

describe('a Taiwan page', () => {
  const page = parsePage(['院會通過特別條例', '', '【記者陳怡文／台北報導】行政院長林政華昨（29）日主持院會時表示，要求經濟部加速推動防洪工程。', '', '【記者李宗明／屏東報導】屏東縣長廖文華昨日在縣議會議長曾永安陪同下，前往東港鎮興台里工區視察。'].join('\n'), { issueDate: '2023-06-30' });
  const [ey, pt] = page.articles;

  it('reads 【記者某某／某地報導】 as a dateline with its reporter as the byline', () => {
    expect(page.articles.map((a) => [a.dateline, a.byline])).toEqual([
      ['【記者陳怡文／台北報導】', ['陳怡文']],
      ['【記者李宗明／屏東報導】', ['李宗明']],
    ]);
  });

  it('knows a ministry named by its field (經濟部) and the council meeting (主持院會); names are Simplified', () => {
    expect(ey!.organizations.map((o) => o.name)).toEqual(['经济部']);
    expect(ey!.events.map((e) => [e.type, e.name])).toEqual([['meeting', '院会']]);
  });

  it('reads a county council, a 里 after its town and an inspection the clause names (前往…視察)', () => {
    expect(pt!.officials.find((p) => p.name === '曾永安')?.titles).toEqual(['县议会议长']);
    expect(pt!.places.map((p) => p.name)).toEqual(expect.arrayContaining(['东港镇', '兴台里']));
    expect(pt!.events.map((e) => e.type)).toEqual(['inspection']);
  });
});

describe('district offices named by their field', () => {
  const [a] = parsePage('本报讯 会议由区议会主席苏家乐主持，观塘民政事务专员郑美华列席。郑美华表示，观塘民政事务处会联同警方制订方案。', { issueDate: '2023-06-30' }).articles;

  it('keeps the district in the title of the officer who serves it (观塘 + 民政事务专员)', () => {
    expect(a!.officials.find((p) => p.name === '郑美华')?.titles).toEqual(['观塘民政事务专员']);
  });

  it('reads the district office although 会联同 follows its head (处 + 会 opens no word here)', () => {
    expect(a!.organizations.find((o) => o.name === '观塘民政事务处')?.kind).toBe('government');
  });

  it('leaves a country out of a foreign minister’s title (英国 + 外交大臣 stay apart)', () => {
    const [b] = parsePage('新华社北京6月29日电 英国外交大臣库克表示，双方将加强合作。', { issueDate: '2023-06-30' }).articles;
    expect(b!.officials.find((p) => p.name === '库克')?.titles).toEqual(['外交大臣']);
  });
});

// Entity names of a Traditional page are given in Simplified; their mentions read as written.
describe('more of a Hong Kong page written blind (round 6)', () => {
  const page = (body: string) => parsePage(`本報訊 ${body}`, { issueDate: '2023-07-14' }).articles[0]!;

  it('gives a deputy in a list the office of the head before it (某某局局長甲、副局長乙)', () => {
    const a = page('醫務衞生局局長盧耀祖、副局長陳靜儀及醫管局行政總裁溫志傑出席會議。');
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['卢耀祖', ['医务卫生局局长']], ['陈静仪', ['副局长']]]);
  });

  it('names a company again by its name without the legal form, and a function word inside a job title', () => {
    const a = page('計劃獲港興電訊有限公司贊助。港興電訊行政總裁容家豪表示，恒駿物流集團人力資源總監區嘉敏亦有出席。');
    expect(a.people.map((p) => [p.name, p.titles, p.affiliation])).toEqual([
      ['容家豪', ['港兴电讯行政总裁'], '港兴电讯有限公司'],
      ['区嘉敏', ['恒骏物流集团人力资源总监'], '恒骏物流集团'],
    ]);
  });

  it('reads neighbourhoods of Hong Kong as places, and an estate named after one as the estate', () => {
    const a = page('項目位於啟德，另一項目在觀塘秀茂坪邨。');
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(['启德', '秀茂坪邨']));
    expect(a.places.map((p) => p.name)).not.toContain('秀茂坪');
  });

  it('makes those who come along with a delegation accompanying, and reads a bank’s department as no bank', () => {
    const a = page('隨團訪港的還有深圳市副市長劉志遠等。匯港銀行企業銀行部主管林大文出席。');
    expect(a.officials.find((p) => p.name === '刘志远')?.roles).toEqual(['accompanying']);
    expect(a.companies.map((c) => c.name)).toEqual(['汇港银行']); // not 汇港银行企业银行
  });
});

describe('offices merged with their head post (Taiwan and Hong Kong usage)', () => {
  const titles = (text: string) => parsePage(`本報訊 ${text}`, { issueDate: '2023-06-30' }).articles[0]!.officials.map((p) => [p.name, p.titles]);

  it('keeps the body above the office in the title (经济部水利署长, 县府水利处长, 高雄市经济发展局长)', () => {
    expect(titles('經濟部水利署長蕭文鈞表示，將加快工程。')).toEqual([['萧文钧', ['经济部水利署长']]]);
    expect(titles('縣府水利處長陳俊良說，將加快工程。')).toEqual([['陈俊良', ['县府水利处长']]]);
    expect(titles('高雄市經濟發展局長洪嘉慧表示，將加快工程。')).toEqual([['洪嘉慧', ['高雄市经济发展局长']]]);
  });

  it('reads a panel named by its field and 事务 as a body whose chair holds office', () => {
    expect(titles('會議由衞生事務委員會主席鄺美儀主持。')).toEqual([['邝美仪', ['卫生事务委员会主席']]]);
  });
});

describe('Hong Kong police and company posts (round 8)', () => {
  it('reads police ranks as offices with their district, and a managing director', () => {
    const a = parsePage('本報訊 深水埗警區總督察梁振邦表示，會加強巡邏。恒澤控股董事總經理方浩然亦有出席。', { issueDate: '2023-09-22' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['梁振邦', ['深水埗警区总督察']]]);
    expect(a.people.find((p) => p.name === '方浩然')?.titles?.[0]).toContain('董事总经理');
  });
});

describe('a legislator who questions an official (round 10)', () => {
  it('makes one who 質疑 or 追問 a speaker, but not a defendant who 否認控罪', () => {
    const a = parsePage('本報訊 立法會昨日開會。議員黎志剛質疑，部分項目選址交通配套不足。局長回應指，當局已成立小組。黎志剛其後追問，政府會否提供接駁巴士。另一名倉務員王大明否認控罪。', { issueDate: '2023-11-17' }).articles[0]!;
    expect(a.officials.find((p) => p.name === '黎志刚')?.roles).toEqual(['speaker']);
    expect(a.people.find((p) => p.name === '王大明')).toMatchObject({ roles: [] });
  });
});

describe('a Hong Kong page written blind (round 11)', () => {
  const a = parsePage(`本報訊 香港中小企業聯合總商會會長張志明在場表示歡迎。選舉管理委員會主席韋志強昨日視察票站。區域法院法官高志仁判刑時指出，被告嚴重違反公司及股東的信任。集團旗下全資附屬公司將負責營運。財經事務及庫務局副局長施志豪亦隨團出訪。新一屆區議會設有地區委員會。同區經營五金舖的梁月娥表示，生意大不如前。`, { issueDate: '2023-12-08' }).articles[0]!;

  it('keeps 聯合 inside an association’s name, and reads a Hong Kong court and the electoral commission as government bodies', () => {
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['香港中小企业联合总商会', 'association'],
      ['选举管理委员会', 'government'],
      ['区域法院', 'government'],
      ['财经事务及库务局', 'government'],
    ]);
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([
      ['韦志强', ['选举管理委员会主席']],
      ['高志仁', ['区域法院法官']],
      ['施志豪', ['财经事务及库务局副局长']],
    ]);
  });

  it('reads no company in 違反公司 or 全資附屬公司, no district committee in 地區委員會, and a given name that opens with 月', () => {
    expect(a.companies).toEqual([]);
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([['张志明', ['speaker']], ['梁月娥', ['speaker']]]);
    expect(a.officials.find((p) => p.name === '施志豪')?.roles).toEqual(['accompanying']);
  });

  it('binds a corporate title to a name in Latin letters after it, or to the Chinese name bracketed after that', () => {
    const b = parsePage('本報訊 集團董事總經理Andrew Lam（林德鴻）補充，樞紐明年啟用。亞太區總裁Michael Turner表示歡迎。旗下Hang Fung Cold Chain Limited負責營運。', { issueDate: '2023-12-08' }).articles[0]!;
    expect(b.people.map((p) => [p.name, p.titles])).toEqual([['林德鸿', ['董事总经理']], ['Michael Turner', ['亚太区总裁']]]);
    const c = parsePage('本報訊 恒瑞行政總裁Peter 陳表示，集團計劃擴展。', { issueDate: '2024-01-12' }).articles[0]!;
    expect(c.people.map((p) => [p.name, p.titles])).toEqual([['Peter 陈', ['行政总裁']]]); // an English given name and a Chinese surname
  });
});

describe('a Hong Kong page written blind (round 12)', () => {
  it('keeps a compass-point district in the titles of its officers, and passes over a party bracketed after each name of a list', () => {
    const a = parsePage('本報訊 出席的官員包括北區民政事務專員葉志晴。立法會議員黃志聰（民建聯）、馮志麗（工聯會）、鄧志業（自由黨）及北區區議員何志邦亦有出席。', { issueDate: '2024-01-12' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([
      ['叶志晴', ['北区民政事务专员']],
      ['黄志聪', ['立法会议员']],
      ['冯志丽', ['立法会议员']],
      ['邓志业', ['立法会议员']],
      ['何志邦', ['北区区议员']],
    ]);
  });

  it('leaves 北区 inside a longer place name (江北区) alone', () => {
    const a = parsePage('本报讯 江北区区委书记王志明出席。', { issueDate: '2024-01-12' }).articles[0]!;
    expect(a.officials.map((p) => p.titles)).toEqual([['江北区区委书记']]);
  });

  it('reads Hong Kong departments and offices before their own posts (消防處 + 處長, 西九龍總區 + 總警司, 行政長官辦公室 + 主任), a hospital named after its neighbourhood, and 丘 as a surname', () => {
    const a = parsePage('本報訊 消防處處長郭志強昨日到場視察。七人受傷，分別送往明愛醫院治理。西九龍總區總警司潘志恒表示正調查。行政長官辦公室主任柯志華陪同會見。商務及經濟發展局局長丘志遠見證簽署。醫管局昨日在將軍澳醫院舉行啟動禮。', { issueDate: '2024-01-12' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([
      ['郭志强', ['消防处处长']],
      ['潘志恒', ['西九龙总区总警司']],
      ['柯志华', ['行政长官办公室主任']],
      ['丘志远', ['商务及经济发展局局长']],
    ]);
    expect(a.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['明爱医院', '将军澳医院']));
  });
});

describe('a Hong Kong page written blind (round 13)', () => {
  it('reads no body in a hub’s standing or building (國際貿易中心地位, 國際科技創新中心建設, 作為國際創科中心), no company in 統籌集團, and no name in 何太', () => {
    const a = parsePage('本報訊 雙方就支持香港鞏固和提升國際貿易中心地位交換意見，共同推進粵港澳大灣區國際科技創新中心建設。瑞澤落戶香港，反映本港作為國際創科中心的吸引力。香港區域總部將統籌集團的海外業務。街坊何太表示歡迎。', { issueDate: '2024-02-23' }).articles[0]!;
    expect(a.organizations).toEqual([]);
    expect(a.companies).toEqual([]);
    expect(a.people).toEqual([]);
  });

  it('reads a bureau of science and innovation (科技创新局, not 新局), and a name after a category word (慈善團體…協會, 建築商…有限公司)', () => {
    const a = parsePage('本報訊 深圳市科技創新局局長邵志斌出席。項目由慈善團體仁聯社區服務協會營運，由本地建築商嘉峰建築工程（香港）有限公司承建。', { issueDate: '2024-02-23' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['邵志斌', ['深圳市科技创新局局长']]]);
    expect(a.organizations.map((o) => o.name)).toEqual(['深圳市科技创新局', '仁联社区服务协会']);
    expect(a.companies.map((c) => c.name)).toEqual(['嘉峰建筑工程（香港）有限公司']);
  });
});

describe('a Hong Kong page written blind (round 14)', () => {
  it('reads districts named bare and then counted (蓬江、江海、新會三區) as those districts', () => {
    const a = parsePage('本報訊 項目覆蓋江門市蓬江、江海、新會三區。', { issueDate: '2024-03-15' }).articles[0]!;
    expect(a.places.map((p) => [p.name, p.code])).toEqual([['江门市', '4407'], ['蓬江', '440703'], ['江海', '440704'], ['新会', '440705']]);
  });

  it('reads a byline whose role word the column break splits (（記 / 者 麥綺雯）)', () => {
    const raw = ['香港商報訊 金管局副總裁表示，銀行應加快綠色轉型，本港最優惠利', '率有望回落，惟樓市復蘇仍取決於經濟。（記', '者 麥綺雯）'].join('\n');
    expect(parsePage(raw, { issueDate: '2024-03-15' }).articles.map((a) => a.byline)).toEqual([['麥綺雯']]);
  });
});

describe('a Hong Kong page written blind (round 14), more', () => {
  it('keeps 聯合 before 總會 inside an association’s name, reads the Commissioner for Digital Policy as an office, and no meeting in 同一論壇', () => {
    const a = parsePage('本報訊 江門同鄉聯合總會會長陳志明表示歡迎。數字政策專員黃志文頒獎。區志芬在同一論壇上表示，銀行會加快轉型。', { issueDate: '2024-03-15' }).articles[0]!;
    expect(a.organizations.map((o) => o.name)).toEqual(['江门同乡联合总会']);
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['黄志文', ['数字政策专员']]]);
    expect(a.events.filter((e) => e.type === 'meeting')).toEqual([]);
  });
});

describe('a unit named in full under its office, then alone', () => {
  it('is one body, the full name first and the short one an alias (警务处商业罪案调查科, 商业罪案调查科)', () => {
    const [a] = parsePage('本报讯 警务处商业罪案调查科上周五捣破一个骗案集团。商业罪案调查科总警司伍志明在记者会上表示，案件仍在调查。', { issueDate: '2026-01-16' }).articles;
    expect(a!.organizations.map((o) => [o.name, o.aliases])).toEqual([['警务处商业罪案调查科', ['商业罪案调查科']]]);
  });
});

describe('a bureau named with its government, then alone (round 45)', () => {
  it('is one body, named in full, the bureau alone its alias (香港特区政府创新科技及工业局, 创新科技及工业局)', () => {
    const [a] = parsePage('本报讯 香港特区政府创新科技及工业局昨日与深圳市科技创新局签署备忘录。创新科技及工业局局长陈国栋表示，合作将深化。', { issueDate: '2026-01-30' }).articles;
    expect(a!.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['香港特区政府创新科技及工业局', ['创新科技及工业局']],
      ['深圳市科技创新局', []],
    ]);
  });
});

describe('ranks of a profession or a post in a government office (round 44)', () => {
  it('are offices: a senior rank after the office (建筑署总建筑师), and the next rank of the same post in a list', () => {
    const [a] = parsePage('本报讯 运输署总运输主任葛少明、高级运输主任戴俊杰出席会议。建筑署总建筑师岳志强陪同。新域巴士有限公司营运经理龙家明亦有出席。', { issueDate: '2026-01-23' }).articles;
    expect(a!.officials.map((p) => p.name)).toEqual(['葛少明', '戴俊杰', '岳志强']);
    expect(a!.people.map((p) => p.name)).toEqual(['龙家明']);
  });

  it('are offices too in the grades of immigration and the observatory (首席入境事务主任, 高级科学主任; round 45)', () => {
    const [a] = parsePage('本报讯 入境事务处首席入境事务主任凌志明表示，口岸运作畅顺。天文台高级科学主任甘嘉慧表示，明日转冷。', { issueDate: '2026-01-30' }).articles;
    expect(a!.officials.map((p) => [p.name, p.titles])).toEqual([['凌志明', ['入境事务处首席入境事务主任']], ['甘嘉慧', ['天文台高级科学主任']]]);
  });

  it('but a post that is itself a head, 总干事 of an agency, is no rank', () => {
    const [a] = parsePage('本报讯 旅发局总干事钟浩明等出席。', { issueDate: '2026-01-23' }).articles;
    expect([a!.officials.length, a!.people.map((p) => p.name)]).toEqual([0, ['钟浩明']]);
  });
});

describe('the fullest name of a body that opens with 市', () => {
  it('puts the page\'s city before a level\'s 市 (市科技局), not before a word that opens with it (市区重建局, 市场监督管理局)', () => {
    const ctx = { cityName: '某某市' } as Parameters<typeof fullOrgName>[1];
    expect(fullOrgName('市科技局', ctx)).toBe('某某市科技局');
    expect(fullOrgName('市区重建局', ctx)).toBe('市区重建局');
    expect(fullOrgName('市场监督管理局', ctx)).toBe('市场监督管理局');
    expect(fullOrgName('市民中心', ctx)).toBe('市民中心');
  });
});

describe('the fullest name of a civil-affairs bureau (review of round 55)', () => {
  it('reads 市民政局 as the city\'s 民政局, though 市民 is a word', () => {
    expect(fullOrgName('市民政局', { cityName: '某某市' } as Parameters<typeof fullOrgName>[1])).toBe('某某市民政局');
  });
});
