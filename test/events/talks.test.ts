// Talks, reports and signings of national news, one sentence each. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/index.js';

const article = (body: string) => parsePage(`新华社北京6月29日电 ${body}`, { issueDate: '2023-06-30' }).articles[0]!;

describe('talks (会谈) between two sides', () => {
  it('are a meeting, with the side after 同 as the guest', () => {
    const a = article('国家主席林德衡同来访的某国总统卡尔维诺举行会谈。');
    const talks = a.events.find((e) => e.trigger === '会谈');
    expect(talks?.type).toBe('meeting');
    expect(a.officials.find((p) => p.name === '卡尔维诺')?.roles).toContain('guest');
    expect(a.officials.find((p) => p.name === '林德衡')?.roles).toContain('host');
  });
});

describe('reports at a meeting', () => {
  it('make those who 作汇报 speakers, but 听取…汇报 makes no one speak', () => {
    const a = article('总理韩明远主持召开会议，听取情况汇报。财政部部长卢静文作汇报。');
    expect(a.officials.find((p) => p.name === '卢静文')?.roles).toContain('speaker');
    expect(a.officials.find((p) => p.name === '韩明远')?.roles).not.toContain('speaker');
  });
});

describe('signing cooperation documents', () => {
  it('is a signing event (签署…合作文件)', () => {
    const a = article('两国元首共同见证签署农业、海关检验检疫等领域多项双边合作文件。');
    expect(a.events.map((e) => e.type)).toContain('signing');
  });
});

describe('an inspection with officials accompanying (在…陪同下)', () => {
  const a = parsePage('本报讯 市长林志远昨日在副市长陈宏及水务局局长黄立陪同下，到滨江区视察防洪工程。', { issueDate: '2023-06-30' }).articles[0]!;
  const roles = (name: string) => a.officials.find((p) => p.name === name)?.roles;

  it('makes those inside 在…陪同下 accompany, and the subject before 在 the inspector', () => {
    expect(roles('林志远')).toEqual(['inspector']);
    expect(roles('陈宏')).toEqual(['accompanying']);
    expect(roles('黄立')).toEqual(['accompanying']);
  });

  it('places the inspection where the subject went (到某地视察)', () => {
    expect(a.events.find((e) => e.type === 'inspection')?.location).toBe('滨江区');
  });
});

describe('words in quotation marks', () => {
  it('report speech, not events (“…都不见有人开工”)', () => {
    const a = parsePage('本报讯 居民何桂兰说：“他们说七月底修好，但到现在都不见有人开工。”', { issueDate: '2023-06-30' }).articles[0]!;
    expect(a.events).toEqual([]);
  });
});

describe('the ceremony of a signing reported after it (签署仪式在某地举行)', () => {
  it('is the same signing: it gives its place and its attendees to it', () => {
    const a = parsePage('本报讯 运输署昨日与恒远科技有限公司签署合作备忘录。签署仪式在九龙湾举行，立法会议员罗家明出席见证。', { issueDate: '2023-06-30' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.location])).toEqual([['signing', '九龙湾']]);
    expect(a.events[0]!.participants).toContainEqual({ name: '罗家明', role: 'attendee' });
  });
});

describe('a state visit', () => {
  const a = article('国家主席林德衡29日下午在人民大会堂同来华访问的某国总统埃斯特班·莫拉雷斯举行会谈。会谈前，林德衡在人民大会堂为莫拉雷斯举行欢迎仪式。');

  it('places the talks where 在 says, with the visitor as the guest even after the place', () => {
    const talks = a.events.find((e) => e.trigger === '会谈')!;
    expect(talks.location).toBe('人民大会堂');
    expect(talks.participants).toContainEqual({ name: '埃斯特班·莫拉雷斯', role: 'guest' });
  });

  it('makes the one after 为 the guest of a welcome ceremony, held on the day of the talks', () => {
    const ceremony = a.events.find((e) => e.type === 'ceremony')!;
    expect(ceremony.participants).toEqual([{ name: '林德衡', role: 'host' }, { name: '埃斯特班·莫拉雷斯', role: 'guest' }]);
    expect(ceremony.date?.iso).toBe('2023-06-29');
    expect(ceremony.location).toBe('人民大会堂');
  });
});

describe('inspections of a provincial leader', () => {
  const a = parsePage('本报杭州6月29日电 省委书记谷立声深入湖州、嘉兴两市，围绕绿色低碳发展开展调研。他强调，要贯彻落实林德衡总书记考察浙江重要讲话精神。省长宁卫国陪同调研。', { issueDate: '2023-06-30' }).articles[0]!;

  it('reads 围绕…开展调研 as the inspection, and no inspection in a speech cited', () => {
    expect(a.events.map((e) => [e.type, e.name])).toEqual([['inspection', '围绕绿色低碳发展开展调研']]);
    expect(a.events[0]!.participants).toContainEqual({ name: '宁卫国', role: 'accompanying' });
  });
});

describe('an announcement of appointments and removals (任免)', () => {
  it('is one personnel event, not one per post', () => {
    const a = article('国务院日前任免国家工作人员。任命聂书远为教育部副部长；免去晏国良的水利部副部长职务。');
    expect(a.events.map((e) => [e.type, e.trigger])).toEqual([['personnel', '任免']]);
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['聂书远', ['教育部副部长']], ['晏国良', ['水利部副部长']]]);
  });
});

describe('a forum named in quotation marks, and what happened there the same day', () => {
  const hk = (body: string) => parsePage(`本报讯 ${body}`, { issueDate: '2023-06-30' }).articles[0]!;

  it('names the forum by all its quotation marks hold, placed where 在…举行的 says', () => {
    const a = hk('财政司司长梁志恒昨（29）日出席在会议展览中心举行的「亚洲绿色金融论坛2023」并致辞。');
    expect(a.events[0]).toMatchObject({ type: 'meeting', name: '亚洲绿色金融论坛2023', location: '会议展览中心', date: { iso: '2023-06-29' } });
  });

  it('gives a signing the forum opens (论坛同日举行) the forum’s date and place', () => {
    const a = hk('财政司司长梁志恒昨（29）日出席在会议展览中心举行的「亚洲绿色金融论坛2023」。论坛同日举行签署仪式，甲银行行政总裁马启聪与乙地产集团总经理岑志伟签署绿色贷款协议。');
    const signing = a.events.find((e) => e.type === 'signing');
    expect(signing).toMatchObject({ name: '绿色贷款协议', location: '会议展览中心', date: { iso: '2023-06-29' } });
  });
});

describe('an award received (获某某颁发「某奖」) and its other winner (得奖者为)', () => {
  it('makes the scholar before 获 and the one after 得奖者为 its recipients, not its presenters', () => {
    const a = parsePage('本报讯 某某大学昨日宣布，该校讲座教授区卓贤凭借低碳混凝土的研究，获亚太结构工程学会颁发「2023年度杰出研究奖」，颁奖典礼今日在新加坡举行。另一名得奖者为某某大学副教授麦颖琳。', { issueDate: '2023-06-30' }).articles[0]!;
    expect(a.awards).toMatchObject([{ name: '2023年度杰出研究奖', recipients: ['区卓贤', '麦颖琳'] }]);
    expect(a.people.map((p) => [p.name, p.titles, p.roles])).toEqual([
      ['区卓贤', ['讲座教授'], ['awardee']],
      ['麦颖琳', ['副教授'], ['awardee']],
    ]);
    expect(a.events.find((e) => e.type === 'ceremony')?.date?.iso).toBe('2023-06-30'); // 今日 of its own clause, not the 昨日 of the sentence
  });
});

describe('Hong Kong ceremonies and awards (round-6 page written blind)', () => {
  const hk = (body: string) => parsePage(`本报讯 ${body}`, { issueDate: '2023-06-30' }).articles[0]!;

  it('names a launch ceremony from the clause before when its own clause says only when and where', () => {
    const a = hk('由民政事务处与区议会合办的「乐龄友善社区计划」启动礼，前日下午在石硖尾社区会堂举行。副局长麦子健担任主礼嘉宾并致辞，区议员甘丽珠等出席。');
    expect(a.events[0]).toMatchObject({ type: 'launch', name: '「乐龄友善社区计划」启动礼', location: '石硖尾社区会堂', date: { iso: '2023-06-28' } });
    expect(a.events[0]!.participants).toEqual(expect.arrayContaining([{ name: '麦子健', role: 'guest' }, { name: '甘丽珠', role: 'attendee' }]));
  });

  it('names a ceremony after the 由…主办的 that opens its clause', () => {
    const a = hk('由义务工作促进会主办的第十届义工服务嘉许礼昨晚在国际展贸中心举行。');
    expect(a.events[0]).toMatchObject({ type: 'ceremony', name: '第十届义工服务嘉许礼', date: { iso: '2023-06-29', part: 'evening' } });
  });

  it('reads quoted awards given 由 some people, and 获颁 by bodies', () => {
    const a = hk('个人组「杰出义工奖」由李凤群及关卓锋等10人获颁。在机构组别，恒骏物流集团等5间机构获颁「杰出企业义工队伍奖」。');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['杰出义工奖', ['李凤群', '关卓锋']],
      ['杰出企业义工队伍奖', ['恒骏物流集团']],
    ]);
  });

  it('makes the one who leads a delegation its leader', () => {
    const a = hk('局长孙建华昨日会见由广东省副省长张建邦率领的广东省代表团。');
    expect(a.officials.find((p) => p.name === '张建邦')?.roles).toContain('leader');
  });
});

describe('a delegation’s visit and a signing witnessed (round-6 page written blind)', () => {
  const a = parsePage(`本报讯 局长孙建华昨（13）日会见由广东省副省长张建邦率领的广东省代表团。会见后，在张建邦及孙建华见证下，科学技术厅厅长王立新与常任秘书长冯家颖代表双方签署《关于深化粤港科技创新合作的备忘录》。代表团其后参观香港科学园，与科技园公司主席梁启德及科技大学副校长叶嘉仪会面。`, { issueDate: '2023-07-14' }).articles[0]!;

  it('makes those who sign parties of the signing, and those who witness it attendees (as "witnessed by" in English)', () => {
    const signing = a.events.find((e) => e.type === 'signing')!;
    expect(signing.participants.filter((p) => p.role === 'party').map((p) => p.name)).toEqual(expect.arrayContaining(['王立新', '冯家颖']));
    expect(signing.participants.filter((p) => p.name === '张建邦')).toEqual([{ name: '张建邦', role: 'attendee' }]);
    expect([...a.officials, ...a.people].find((p) => p.name === '孙建华')?.roles).not.toContain('leader');
    expect(signing.participants.filter((p) => p.name === '王立新')).toHaveLength(1);
  });

  it('reads a later visit of its own (其后参观) on the main event’s day, hosted by those met there', () => {
    const visit = a.events.find((e) => e.type === 'inspection');
    expect(visit).toMatchObject({ name: '参观香港科学园', date: { iso: '2023-07-13' } });
    expect(visit!.participants).toEqual(expect.arrayContaining([{ name: '梁启德', role: 'host' }, { name: '叶嘉仪', role: 'host' }]));
  });

  it('reads no inspection in a health check stall or in helping someone check', () => {
    const b = parsePage('本报讯 活动当日设有健康检查摊位。义工将协助长者检查家居安全。', { issueDate: '2023-07-14' }).articles[0]!;
    expect(b.events).toEqual([]);
  });
});

describe('a delegation’s visit to a city (round-7 page written blind)', () => {
  const a = parsePage('【本报讯】政务司司长卓永康昨（17）日率领特区政府代表团访问江门，与江门市委书记谭国强及市长陆振华会面，就两地合作交换意见。代表团成员包括副局长岑咏芝、常任秘书长邓家俊，以及立法会议员司徒敏仪。', { issueDate: '2023-08-18' }).articles[0]!;

  it('reads the visit as an event led by the head of the delegation, its members accompanying', () => {
    const visit = a.events.find((e) => e.trigger === '访问');
    expect(visit).toMatchObject({ type: 'other', name: '特区政府代表团访问江门', location: '江门', date: { iso: '2023-08-17' } });
    expect(visit!.participants).toEqual(expect.arrayContaining([{ name: '卓永康', role: 'leader' }, { name: '岑咏芝', role: 'accompanying' }, { name: '司徒敏仪', role: 'accompanying' }]));
  });

  it('makes the visitor the guest of those met there (与甲及乙会面)', () => {
    const meeting = a.events.find((e) => e.trigger === '会面');
    expect(meeting).toMatchObject({ type: 'meeting', location: '江门' });
    expect(meeting!.participants).toEqual(expect.arrayContaining([{ name: '卓永康', role: 'guest' }, { name: '谭国强', role: 'host' }, { name: '陆振华', role: 'host' }]));
  });

  it('takes no name from a headline that its article does not hold (晤市委书记谈创科: 谈 is the verb)', () => {
    const b = parsePage('卓永康率团访江门\n晤市委书记谈创科\n\n【本报讯】政务司司长卓永康昨日率领代表团访问江门，与江门市委书记谭国强会面，商讨科技合作。', { issueDate: '2023-08-18' }).articles[0]!;
    expect([...b.officials, ...b.people].map((p) => p.name)).not.toContain('谈创科');
  });
});

describe('results, court and contest news (round-7 Hong Kong page written blind)', () => {
  const a = (body: string) => parsePage(`【本报讯】${body}`, { issueDate: '2023-08-18' }).articles[0]!;

  it('reads 委任 with the appointee’s present title between, and a results press conference where it was held', () => {
    const b = a('董事会委任营运总裁欧阳卓贤为行政总裁。集团主席冯德兴昨午在中环举行的业绩记者会上表示，货量平稳。');
    expect(b.people.find((p) => p.name === '欧阳卓贤')?.titles).toContain('营运总裁');
    expect(b.events.find((e) => e.name === '业绩记者会')).toMatchObject({ type: 'meeting', location: '中环' });
    expect(b.events.some((e) => e.type === 'personnel' && e.trigger === '委任')).toBe(true);
  });

  it('reads a magistrate’s name before the verb of the sentence, and an English company inside Chinese text', () => {
    const b = a('裁判官邝美宝判公司罚款四万元。集团与英国Harbourline Logistics Limited合组的合营公司开始盈利。');
    expect(b.officials.map((p) => [p.name, p.titles])).toEqual([['邝美宝', ['裁判官']]]);
    expect(b.companies.map((c) => c.name)).toEqual(['Harbourline Logistics Limited']);
  });

  it('reads placings in a contest as awards', () => {
    const b = a('培英明德中学凭折子戏夺得团体组冠军；就读中四的欧阳晓晴则获得个人组冠军。');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([['团体组冠军', ['培英明德中学']], ['个人组冠军', ['欧阳晓晴']]]);
  });

  it('reads the winners of the award the article quotes where a later sentence names it again (今届大奖由甲、乙及丙夺得)', () => {
    const b = a('由厂商会主办的「2023年度杰出中小企业奖」颁奖典礼，本月6日晚在尖沙咀举行。今届大奖由利兴五金制品有限公司、Bright Harbour Trading Limited及嘉裕食品（香港）有限公司夺得。');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([['2023年度杰出中小企业奖', ['利兴五金制品有限公司', 'Bright Harbour Trading Limited', '嘉裕食品（香港）有限公司']]]);
    expect(b.events.find((e) => e.type === 'ceremony')).toMatchObject({ name: '「2023年度杰出中小企业奖」颁奖典礼', location: '尖沙咀' });
  });

  it('makes those listed after 出席某某礼的官员包括 attendees, the list running on over ，以及', () => {
    const b = a('公营房屋项目昨日上午举行动土礼。出席动土礼的官员包括发展局局长宁志然、房屋局副局长戴志豪，以及北区民政事务专员叶志晴。');
    expect(b.officials.map((p) => [p.name, p.roles])).toEqual([['宁志然', ['attendee']], ['戴志豪', ['attendee']], ['叶志晴', ['attendee']]]);
  });

  it('reads the winners listed after 得主包括 (people and companies, not the university they come from) and an award handed 把「某某奖」颁予 someone, all awardees of the ceremony', () => {
    const b = a('第八届「香港青年创新科技大奖」颁奖典礼昨晚在湾仔举行。今届大奖得主包括来自香港中文大学的林志谦、来自香港理工大学的周志彤，以及初创企业智溯科技有限公司。大会另把「杰出导师奖」颁予工程学院院长容志玮教授。容志玮致辞时笑言：「好辛苦。」');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['香港青年创新科技大奖', ['林志谦', '周志彤', '智溯科技有限公司']],
      ['杰出导师奖', ['容志玮']],
    ]);
    const ceremony = b.events.find((e) => e.type === 'ceremony');
    expect(ceremony?.participants.filter((p) => p.role === 'awardee').map((p) => p.name)).toEqual(['林志谦', '周志彤', '容志玮']);
    expect(b.people.map((p) => p.name)).toEqual(['林志谦', '周志彤', '容志玮']); // no 时笑言
    expect(b.organizations.map((o) => o.name)).not.toContain('颁予工程学院');
  });

  it('reads no event in meetings counted (举行了八次会议) or in what follows 启动 inside 启动礼, and no company in 公司注册资本', () => {
    const b = a('专员黄志明主持启动礼并致辞。委员会由今年4月起共举行了八次会议。合营公司注册资本为一亿元人民币。');
    expect(b.events.map((e) => [e.type, e.name])).toEqual([['launch', '启动礼']]);
    expect(b.companies).toEqual([]);
  });

  it('reads an award named before its ceremony without quotation marks, its winners after 得主为, one more 由…夺得, and a title after 兼 whose body is unknown', () => {
    const b = a('厂商会主办的第八届香港智能制造大奖颁奖典礼前晚在九龙湾举行。大奖得主为瀚光精密科技有限公司、德信集团及Sino Harvest Automation Limited。此外，新设的杰出青年创科企业家奖由希域机械人有限公司创办人刘志朗夺得。商务部副部长兼国际贸易谈判副代表邹志群参加颁奖。');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['第八届香港智能制造大奖', ['瀚光精密科技有限公司', '德信集团', 'Sino Harvest Automation Limited']],
      ['杰出青年创科企业家奖', ['刘志朗']],
    ]);
    expect(b.events.find((e) => e.type === 'ceremony')?.name).toBe('第八届香港智能制造大奖颁奖典礼');
    expect(b.officials.map((p) => [p.name, p.titles])).toEqual([['邹志群', ['商务部副部长', '国际贸易谈判副代表']]]);
  });

  it('reads a bare grade (金奖, 银奖) as a grade of the award the article quotes, whose winners it names', () => {
    const b = a('论坛同场举行「2023智慧城市创新大奖」颁奖典礼。港安科技有限公司夺得金奖，云桥数据有限公司则获得银奖。');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([['2023智慧城市创新大奖', ['港安科技有限公司', '云桥数据有限公司']]]);
  });
});

describe('a press conference, a policy address and an awards evening (round-9 Hong Kong page written blind)', () => {
  it('reads 出席记者会 as the meeting attended, 发表《施政报告》 as a release, and 昨（19）晚 as yesterday evening', () => {
    const a = parsePage('大公报讯 行政长官前日发表任内第二份《施政报告》，局长麦国峯昨（19）日出席记者会，讲解新措施。颁奖典礼昨（19）晚在会议展览中心举行。', { issueDate: '2023-10-20' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name])).toEqual(expect.arrayContaining([['release', '施政报告'], ['meeting', '记者会'], ['ceremony', '颁奖典礼']]));
    expect(a.events.find((e) => e.name === '颁奖典礼')?.date).toMatchObject({ iso: '2023-10-19', part: 'evening' });
  });

  it('reads no event in 出席会议的立法会议员 (those attending are named, not a meeting), and no body in counted centres', () => {
    const a = parsePage('本报讯 小组委员会昨日举行会议。出席会议的立法会议员谭嘉欣关注成效。政府将在元朗增设三间长者日间护理中心。', { issueDate: '2023-10-20' }).articles[0]!;
    expect(a.events.map((e) => e.name)).not.toContain('会议的立法会议');
    expect(a.organizations.map((o) => o.name)).not.toContain('元朗增设三间长者日间护理中心');
  });
});

describe('a summit attended (round-10 Hong Kong page written blind)', () => {
  it('names the summit attended by the quoted name after 由…主办的, and reads Hong Kong parties by their short names', () => {
    const a = parsePage('香港文汇报讯 财政司司长任浩昌昨（16）日出席由香港金融科技协会主办的「香港金融科技高峰论坛2023」并致辞。民建联议员黎卓锋表示支持。', { issueDate: '2023-11-17' }).articles[0]!;
    expect(a.events[0]).toMatchObject({ type: 'meeting', name: '香港金融科技高峰论坛2023', date: { iso: '2023-11-16' } });
    expect(a.events[0]!.participants).toEqual(expect.arrayContaining([{ name: '任浩昌', role: 'attendee' }, { name: '任浩昌', role: 'speaker' }]));
    expect(a.organizations.find((o) => o.name === '民主建港协进联盟')).toMatchObject({ kind: 'party' });
  });
});

describe('winners of an awards evening (round-15 Hong Kong page written blind)', () => {
  const a = (body: string) => parsePage(`【本报讯】${body}`, { issueDate: '2024-04-19' }).articles[0]!;

  it('reads the winners listed after 获奖，包括 (the people, not the companies they work for), and one who 同时获颁 a second award in the clause after their name', () => {
    const b = a('青年协会主办的「2023杰出青年企业家奖」颁奖典礼昨晚举行。今届共有十位青年企业家获奖，包括港湾科技集团有限公司创办人邝浩然、绿源科技有限公司董事总经理甄芷晴，以及匠心食品有限公司执行董事赖志彦等。其中甄芷晴凭借将厨余转化为塑胶的技术，同时获颁「评审团特别大奖」。');
    expect(b.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['2023杰出青年企业家奖', ['邝浩然', '甄芷晴', '赖志彦']],
      ['评审团特别大奖', ['甄芷晴']],
    ]);
  });

  it('reads a centre that opens (某某中心昨日在某地开幕) as its opening ceremony, with who officiates and who attends', () => {
    const b = a('某药企在港设立的首个亚太区研发中心昨日在沙田科学园开幕。创新科技及工业局局长温志骏主礼并致辞，科技园公司行政总裁邓嘉心出席。');
    expect(b.events[0]).toMatchObject({ type: 'ceremony', name: '首个亚太区研发中心开幕', location: '沙田科学园', date: { iso: '2024-04-18' } });
    expect(b.events[0]!.participants).toEqual(expect.arrayContaining([{ name: '温志骏', role: 'speaker' }, { name: '邓嘉心', role: 'attendee' }]));
  });
});

describe('a delegation led by its head, received, and a signing after the reception (round-15 Hong Kong page)', () => {
  const a = parsePage('【本报讯】以江门市长冯启邦为团长的江门市经贸代表团前日抵港。代表团前日下午在副局长沈家健陪同下，考察了科技城的规划。局长司马永康昨日上午会见代表团一行。司马永康表示，香港有独特优势。会见后，在冯启邦和司马永康的见证下，两地政府签署《经贸合作备忘录》。', { issueDate: '2024-04-19' }).articles[0]!;

  it('makes the head (以甲为团长的代表团) its leader, the inspector where the delegation inspects and the guest where it is received', () => {
    const roles = Object.fromEntries([...a.officials, ...a.people].map((p) => [p.name, p.roles]));
    expect(roles['冯启邦']).toEqual(expect.arrayContaining(['leader', 'inspector', 'guest', 'attendee']));
    expect(a.events.find((e) => e.type === 'reception')!.participants).toEqual(expect.arrayContaining([{ name: '司马永康', role: 'host' }, { name: '司马永康', role: 'speaker' }, { name: '冯启邦', role: 'guest' }]));
  });

  it('dates a signing after the reception (会见后) on the reception\'s day, witnessed by a name that holds a county\'s name (司马永康, not 永康)', () => {
    const signing = a.events.find((e) => e.type === 'signing')!;
    expect(signing.date?.iso).toBe('2024-04-18');
    expect(signing.participants).toEqual(expect.arrayContaining([{ name: '司马永康', role: 'attendee' }]));
    expect(a.places.map((p) => p.name)).not.toContain('永康市');
  });
});

describe('what happens at a ceremony told before (round-15 Hong Kong page)', () => {
  it('dates a signing in a sentence opening 典礼上 on the ceremony\'s day', () => {
    const a = parsePage('【本报讯】某药企的亚太区研发中心昨日在沙田科学园开幕。局长温志骏主礼并致辞。典礼上，博诺生物制药（香港）有限公司与香港科技大学签署研究合作协议。', { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.events.find((e) => e.type === 'signing')?.date?.iso).toBe('2024-04-18');
  });
});

describe('an awards evening on a Ta Kung Pao page (round-16 Hong Kong page written blind)', () => {
  it('reads 主持典礼 as chairing the ceremony named before, 获颁「某某奖」的甲 and 另一得奖者乙 as its winners', () => {
    const a = parsePage('【本报讯】民政事务处本月20日在社区会堂举行「2024年度杰出义工嘉许礼」。民政事务专员叶文贤主持典礼，副处长骆国明担任主礼嘉宾。今年获颁「杰出义工奖」的退休教师谭美萍表示很开心。另一得奖者石家俊就读理工大学。', { issueDate: '2024-05-24' }).articles[0]!;
    expect(a.events.filter((e) => e.type === 'ceremony').map((e) => e.name)).toEqual(['2024年度杰出义工嘉许礼']);
    expect(a.events[0]!.participants).toEqual(expect.arrayContaining([{ name: '叶文贤', role: 'chair' }, { name: '石家俊', role: 'awardee' }]));
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['杰出义工奖', ['谭美萍', '石家俊']]]);
  });

  it('starts a company after 运营方 (基地运营方某某有限公司)', () => {
    const a = parsePage('【本报讯】基地运营方广州南沙海湾创新投资有限公司总经理梁晓峰介绍。', { issueDate: '2024-05-24' }).articles[0]!;
    expect(a.companies.map((c) => c.name)).toEqual(['广州南沙海湾创新投资有限公司']);
  });
});


describe('an awards ceremony on an Oriental Daily page (round-17 Hong Kong page written blind)', () => {
  const a = parsePage('【本報訊】由香港環保企業協會主辦的「2024年度綠色先鋒大獎」頒獎典禮，本月18日假灣仔會展中心舉行，環境局副局長韋嘉朗擔任主禮嘉賓並頒獎。\n\n最終嘉朗物流有限公司、德信電子（香港）有限公司及恒昇建築集團有限公司3間企業獲頒大獎。大會另頒發「傑出環保領袖獎」予德信電子（香港）有限公司行政總裁莫詠怡。', { issueDate: '2024-06-21' }).articles[0]!;

  it('reads a ceremony held 假 a venue (Hong Kong for 在), with its day', () => {
    const ceremony = a.events.find((e) => e.type === 'ceremony')!;
    expect([ceremony.name, ceremony.date?.iso]).toEqual(['「2024年度绿色先锋大奖」颁奖典礼', '2024-06-18']);
  });

  it('reads the companies before 获颁大奖 as winners of the award the article names, and 颁发「某某奖」予甲', () => {
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['2024年度绿色先锋大奖', ['嘉朗物流有限公司', '德信电子（香港）有限公司', '恒升建筑集团有限公司']],
      ['杰出环保领袖奖', ['莫咏怡']],
    ]);
  });

  it('starts a company after 最终 and after 予', () => {
    expect(a.companies.map((c) => c.name)).toEqual(['嘉朗物流有限公司', '德信电子（香港）有限公司', '恒升建筑集团有限公司']);
  });
});

describe('titles with two words of function before the post, and a barrister (round 17)', () => {
  it('keeps 联网服务总监 and 商务总监 whole, and 资深大律师 as written', () => {
    const a = parsePage('【本報訊】醫管局聯網服務總監蕭立成表示歡迎。翔龍航空有限公司商務總監霍家明說，資深大律師范志強將出任主席。', { issueDate: '2024-06-21' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([
      ['萧立成', ['医管局联网服务总监']], ['霍家明', ['翔龙航空有限公司商务总监']], ['范志强', ['资深大律师']],
    ]);
  });
});

describe('a signing told after what its subject did first (round-17 Hong Kong page)', () => {
  it('gives 并与乙签署 the sentence\'s subject as a party and its place', () => {
    const a = parsePage('【本報訊】香港會展發展局上周六在泰國曼谷舉行推廣活動，並與泰國會展協會簽署合作備忘錄。', { issueDate: '2024-06-21' }).articles[0]!;
    const signing = a.events.find((e) => e.type === 'signing')!;
    expect([signing.location, signing.participants.filter((p) => p.role === 'party').map((p) => p.name)]).toEqual(['曼谷', ['香港会展发展局', '泰国会展协会']]);
  });
});

describe('a short form of a body named in full (round-17 Hong Kong page)', () => {
  it('reads 旅发局 as 香港旅游发展局 where the article names it in full, so an affiliation is the full name', () => {
    const a = parsePage('【本報訊】香港旅遊發展局昨日舉行活動。旅發局總幹事鍾立然表示滿意。', { issueDate: '2024-06-21' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.affiliation])).toEqual([['钟立然', '香港旅游发展局']]);
    expect(a.organizations.map((o) => [o.name, o.aliases])).toEqual([['香港旅游发展局', ['旅发局']]]);
  });

  it('does not read a start of the name (旅游局) as its short form', async () => {
    const { abbreviates } = await import('../../src/stages/recognize/short-forms.js');
    expect([abbreviates('旅发局', '旅游发展局'), abbreviates('消委会', '消费者委员会'), abbreviates('旅游局', '旅游发展局')]).toEqual([true, true, false]);
  });

  it('adds an office given to someone to the title they already hold (委任资深大律师某某为某会主席)', () => {
    const a = parsePage('【本報訊】行政長官已委任資深大律師范志強為消費者委員會主席。', { issueDate: '2024-06-21' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles, p.affiliation])).toEqual([['范志强', ['资深大律师', '消费者委员会主席'], '消费者委员会']]);
  });
});

describe('a remark reported, and a speech while speaking (round-17 Hong Kong page)', () => {
  const a = parsePage('【本報訊】消防處處長郭立強昨日到場視察。區議員譚美華指，大廈住客多為長者。\n\n【本報訊】協會昨日舉行頒獎典禮。協會主席陸志明致辭時指，減碳不可或缺。', { issueDate: '2024-06-21' }).articles;

  it('makes one who 指， a speaker, but no participant of the inspection told before', () => {
    expect(a[0]!.officials.find((p) => p.name === '谭美华')?.roles).toEqual(['speaker']);
    expect([...new Set(a[0]!.events[0]!.participants.map((p) => p.name))]).toEqual(['郭立强']);
  });

  it('makes one who 致辞时指 a speaker at the ceremony', () => {
    expect(a[1]!.events[0]!.participants).toContainEqual({ name: '陆志明', role: 'speaker' });
  });
});

describe('a delegation received, and those who go with it (round-18 Hong Kong page)', () => {
  const a = parsePage('【頭條日報訊】深圳市委常委、副市長周立林昨（18）日率領深圳市代表團訪港，隨行的還有深圳市商務局局長劉志濤、前海管理局副局長孫明新等。代表團並獲財政司副司長鄭立邦在政府總部接見。', { issueDate: '2024-07-19' }).articles[0]!;

  it('reads 获甲在某地接见 as a reception 甲 hosts, at that place', () => {
    const r = a.events.find((e) => e.type === 'reception')!;
    expect([r.location, r.participants.filter((p) => p.role === 'host').map((p) => p.name)]).toEqual(['政府总部', ['郑立邦']]);
  });

  it('makes those named after 随行的还有 accompany, not the leader before it', () => {
    expect(a.officials.map((p) => [p.name, p.roles.includes('accompanying')])).toEqual([
      ['周立林', false], ['刘志涛', true], ['孙明新', true], ['郑立邦', false],
    ]);
  });
});

describe('an honour shared by companies (round-18 Hong Kong page)', () => {
  it('reads 甲在「某某奖」颁奖典礼上，与乙及丙等同获殊荣 as that award, won by the companies named', () => {
    const a = parsePage('【本報訊】本地餅店營運商麥田食品（香港）有限公司，昨日在會展中心舉行的「2024年度優質品牌獎」頒獎典禮上，與嘉信控股有限公司及Bayside Optical Limited等共十間企業同獲殊榮。', { issueDate: '2024-07-19' }).articles[0]!;
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['2024年度优质品牌奖', ['麦田食品（香港）有限公司', '嘉信控股有限公司', 'Bayside Optical Limited']]]);
  });
});

describe('a check as a noun, and details to be announced later (round-10 Hong Kong page, reworked in round 18)', () => {
  it('reads neither 影像检查的十分之一 as an inspection nor 详情稍后公布 as a release', () => {
    const a = parsePage('【本報訊】新系統所需時間只為現時影像檢查的十分之一。當局表示，詳情稍後公布。', { issueDate: '2024-07-19' }).articles[0]!;
    expect(a.events).toEqual([]);
  });
});

describe('a forum named in quotation marks, held at a venue (round-19 Hong Kong page)', () => {
  it('reads 由某会主办的「2024某某论坛」昨日在某地举行 as a meeting', () => {
    const a = parsePage('【本報訊】由香港可持續金融協會主辦的「2024亞洲綠色金融論壇」昨（15）日在香港會議展覽中心舉行，吸引逾800人出席。', { issueDate: '2024-08-16' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['meeting', '2024亚洲绿色金融论坛', '2024-08-15']]);
  });

  it('knows the Hong Kong stock exchange by its short name (港交所)', () => {
    const a = parsePage('【本報訊】公司昨日在港交所主板掛牌。', { issueDate: '2024-08-16' }).articles[0]!;
    expect(a.organizations.map((o) => [o.name, o.aliases])).toEqual([['香港交易所', ['港交所']]]);
  });
});

describe('a panel that holds a meeting (round-20 Hong Kong page)', () => {
  it('names the meeting of 某某委员会昨日举行会议 by the body, with its chair', () => {
    const a = parsePage('【本報訊】立法會人力事務委員會昨（19）日舉行會議，由主席鄧家明主持，討論輸入勞工計劃。', { issueDate: '2024-09-20' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['meeting', '立法会人力事务委员会会议', '2024-09-19', ['邓家明:chair']],
    ]);
  });
});

describe('a grade won at a ceremony, its winner named clauses before (round-20 Hong Kong page written blind)', () => {
  it('gives the award the ceremony names to the last person of the sentence (甲及其团队，凭…，在「某某大奖」颁奖礼上夺得金奖)', () => {
    const a = parsePage('【本報訊】理工大學教授林浩文及其團隊，憑新型電池技術，本月12日在東京舉行的「2024亞洲綠色科技大獎」頒獎禮上奪得金獎。', { issueDate: '2024-09-20' }).articles[0]!;
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['2024亚洲绿色科技大奖', ['林浩文']]]);
  });
});

describe('a district committee\'s meeting and a delegation met (round-21 Hong Kong page written blind)', () => {
  it('names a meeting a body opening the clause convenes (召开会议) by the body, and gives no attending to one who urges others to attend', () => {
    const a = parsePage('【本報訊】油尖旺區撲滅罪行委員會昨日召開會議，由委員會主席陳志明主持，梁思穎出席。陳志明呼籲區內長者踴躍參加講座。', { issueDate: '2024-10-18' }).articles[0]!;
    expect(a.events.map((e) => [e.name, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['油尖旺区扑灭罪行委员会会议', ['陈志明:chair', '梁思颖:attendee', '陈志明:speaker']],
    ]);
  });

  it('reads one who meets a visiting delegation (与代表团会面) as its host (the sides meet: a meeting), and a welcome speech as speaking', () => {
    const a = parsePage('【本報訊】政務司副司長甘淑儀昨日上午在政府總部與廣東省代表團會面。', { issueDate: '2024-10-18' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([['meeting', ['甘淑仪:host']]]);
    expect(a.officials.map((p) => [p.name, p.roles])).toEqual([['甘淑仪', ['host']]]);
    const b = parsePage('【本報訊】頒獎典禮昨日舉行，會長譚美華致歡迎辭。', { issueDate: '2024-10-18' }).articles[0]!;
    expect(b.people.find((p) => p.name === '谭美华')?.roles).toEqual(['speaker']);
  });
});

describe('a Taiwan county\'s awards and an inspection on the spot (round-22 Taiwan page written blind)', () => {
  it('reads 甲、乙获某某奖 and 丙获「某某奖」 as awards, the year of the Minguo count kept in the name written elsewhere', () => {
    const a = parsePage('〔記者廖雅玲／新竹報導〕新竹縣政府昨（14）日舉行「113年度新竹縣績優企業獎」頒獎典禮，竹研精密工業股份有限公司、宏聯光電股份有限公司獲績優企業獎，鼎豐物流股份有限公司獲「友善職場獎」。', { issueDate: '2024-11-15' }).articles[0]!;
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['113年度新竹县绩优企业奖', ['竹研精密工业股份有限公司', '宏联光电股份有限公司']],
      ['友善职场奖', ['鼎丰物流股份有限公司']],
    ]);
  });

  it('reads 现场会勘 closing its clause as an inspection, and keeps a district and a village (里) in their heads\' titles', () => {
    const a = parsePage('〔記者蔡佳穎／台中報導〕立委楊淑惠昨（14）日邀集水利局長孫明哲、南屯區長施怡如及春社里里長賴金水現場會勘。', { issueDate: '2024-11-15' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.date?.iso])).toEqual([['inspection', '2024-11-14']]);
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([
      ['杨淑惠', ['立委']], ['孙明哲', ['水利局长']], ['施怡如', ['南屯区长']], ['赖金水', ['春社里里长']],
    ]);
  });
});

describe('an inspection tour of Macao\'s secretary (round-23 Macao page written blind)', () => {
  it('reads 率团前往某地巡视 as an inspection, those who 陪同 accompanying', () => {
    const a = parsePage('【本報消息】經濟財政司司長鄧浩霖昨（12）日率團前往橫琴粵澳深度合作區巡視。經濟及科技發展局局長馮詠詩、副局長區俊傑等陪同。', { issueDate: '2024-12-13' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.date?.iso, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['inspection', '2024-12-12', ['邓浩霖:inspector', '冯咏诗:accompanying', '区俊杰:accompanying']],
    ]);
  });
});

describe('Taiwan council sessions, contracts and ceremonies (round-25 page written blind)', () => {
  const tw = (body: string) => parsePage(`記者王雅婷／高雄報導\n${body}`, { issueDate: '2025-02-14' }).articles[0]!;

  it('reads 進行市政總質詢 as a meeting, its chair the one who 主持', () => {
    const a = tw('高雄市議會昨（13）日進行市政總質詢，議長林正雄主持。');
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['meeting', '市政总质询', '2025-02-13']]);
  });

  it('reads a contract (契約) signed as a signing, and a 表揚大會 or a 啟動記者會 by what it is', () => {
    expect(tw('東昇電子股份有限公司昨（13）日與立群能源股份有限公司簽訂綠電購售契約。').events.map((e) => e.type)).toEqual(['signing']);
    expect(tw('市政府昨天下午舉行「模範勞工表揚大會」。').events.map((e) => e.type)).toEqual(['ceremony']);
    expect(tw('農糧署昨（13）日舉行「國產米食推廣活動」啟動記者會。').events.map((e) => e.type)).toEqual(['launch']);
  });
});

describe('remarks in the story of a signing', () => {
  it('give the one who speaks the role of speaker, but no part in the signing', () => {
    const a = parsePage('本报讯 昨日，市政府与东昇集团有限公司签署战略合作协议。东昇集团董事长王立群表示，将加大投资。', { issueDate: '2025-02-14' }).articles[0]!;
    expect(a.people.find((p) => p.name === '王立群')?.roles).toContain('speaker');
    expect(a.events.find((e) => e.type === 'signing')?.participants.map((p) => p.role)).not.toContain('speaker');
  });
});

describe('a forum or a summit that opens (round-29 page written blind)', () => {
  it('is a meeting named by the gathering, an expo that opens a ceremony', () => {
    const ev = (body: string) => parsePage(`【本報訊】${body}`, { issueDate: '2025-06-13' }).articles[0]!.events.map((e) => [e.type, e.name]);
    expect(ev('「2025亞洲綠色金融峰會」昨日在灣仔開幕。')).toEqual([['meeting', '2025亚洲绿色金融峰会']]);
    expect(ev('「第五屆國際花卉博覽會」昨日在昆明開幕。')).toEqual([['ceremony', '「第五届国际花卉博览会」开幕']]);
  });

  it('reads no company in Cantonese 唔係得大公司 (not only big companies)', () => {
    expect(parsePage('【本報訊】綠色金融市場唔係得大公司先做得到。', { issueDate: '2025-06-13' }).articles[0]!.companies).toEqual([]);
  });
});

describe('an awards meeting (奖励大会, round-31 page written blind)', () => {
  it('is a ceremony, and the bare 大会 after it is that ceremony again, not a meeting of its own', () => {
    const a = article('2024年度某省科学技术奖励大会12日在省城举行。副省长林德衡出席大会并为获奖代表颁奖。');
    expect(a.events.map((e) => [e.type, e.name])).toEqual([['ceremony', '2024年度某省科学技术奖励大会']]);
    expect(a.events[0]!.participants.map((p) => [p.name, p.role])).toContainEqual(['林德衡', 'attendee']);
  });
});

describe('a matchmaking meeting with a signing (对接会, round-31 page written blind)', () => {
  const a = article('2025某某产业合作对接会13日在厦门举行。副省长林德衡出席并致辞，市长黄志远主持签约仪式。');
  it('is a meeting (对接会, as 推介会, 洽谈会), whose guest of honour attends it and speaks', () => {
    expect(a.events[0]).toMatchObject({ type: 'meeting', name: '2025某某产业合作对接会', location: '厦门' });
    expect(a.events[0]!.participants.map((p) => [p.name, p.role])).toEqual([['林德衡', 'attendee'], ['林德衡', 'speaker']]);
  });

  it('reads the bare signing ceremony after it as an act of that meeting: its day, its place, and the one who chairs it', () => {
    const signing = a.events.find((e) => e.type === 'signing');
    expect(signing).toMatchObject({ name: '签约仪式', location: '厦门', date: { iso: '2023-06-13' } });
    expect(signing!.participants.map((p) => [p.name, p.role])).toEqual([['黄志远', 'chair']]);
  });

  it('takes a bare 论坛 after a named forum for that forum again', () => {
    const b = article('某某论坛13日在厦门举行。副省长林德衡出席论坛并致辞。');
    expect(b.events.map((e) => [e.type, e.name])).toEqual([['meeting', '某某论坛']]);
  });
});

describe('a county council session (定期會, round-32 Taiwan page written blind)', () => {
  it('is a meeting that opens (开议), chaired by the speaker of the council', () => {
    const a = parsePage('〔記者林小文／彰化報導〕彰化縣議會第20屆第6次定期會昨（4）日上午開議，由議長謝明德主持，副議長陳志遠出席。', { issueDate: '2025-09-05' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['meeting', '彰化县议会第20届第6次定期会', '2025-09-04']]);
    expect(a.events[0]!.participants.map((p) => [p.name, p.role])).toEqual([['谢明德', 'chair'], ['陈志远', 'attendee']]);
  });
});

describe('a groundbreaking officiated (主礼, round-33 Hong Kong page written blind)', () => {
  it('is a ceremony (动土礼, 奠基礼), named after the verb 主礼, with those who officiate as its guests', () => {
    const a = parsePage('【本報訊】民政局局長蔡小文昨（9）日上午主禮沙田康體大樓動土禮。', { issueDate: '2025-10-10' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['ceremony', '沙田康体大楼动土礼', '2025-10-09']]);
    expect(a.events[0]!.participants).toEqual([{ name: '蔡小文', role: 'guest' }]);
  });

  it('reads no event in 主礼嘉宾 (the officiating guests, a noun)', () => {
    const a = parsePage('【本報訊】主禮嘉賓包括發展局局長岑小明、立法會議員李大文。', { issueDate: '2025-10-10' }).articles[0]!;
    expect(a.events).toEqual([]);
  });
});

describe('a programme launched, its organizers and its venue (round-36 Hong Kong page written blind)', () => {
  const hk = (body: string) => parsePage(body, { issueDate: '2025-11-28' }).articles[0]!;

  it('names a bare 启动礼 after the quoted programme the sentence opens with, hosted by the bodies of 由…合办的', () => {
    const a = hk('本報訊 由香港青年科技促進會與廣東省青年聯合會合辦的「灣區青年築夢計劃」，11月20日在廣州南沙舉行啟動禮。民政及青年事務局副局長林小文出席。');
    const launch = a.events.find((e) => e.type === 'launch');
    expect(launch).toMatchObject({ name: '湾区青年筑梦计划启动礼', location: '广州南沙', date: { iso: '2025-11-20' } });
    expect(launch!.participants.filter((p) => p.role === 'host').map((p) => p.name)).toEqual(['香港青年科技促进会', '广东省青年联合会']);
  });

  it('reads the venue between 在 and the verb (在政府总部主持, 在某大学校园签署)', () => {
    const a = hk('【本報訊】行政長官張明遠昨（27）日下午在政府總部主持交通發展委員會首次會議。');
    expect(a.events[0]).toMatchObject({ type: 'meeting', location: '政府总部' });
    const b = hk('（香港訊）明德大學與星河物流有限公司11月26日在沙田明德大學校園簽署合作備忘錄。');
    expect(b.events.find((e) => e.type === 'signing')?.location).toBe('沙田明德大学校园');
  });

  it('keeps no venue of a time or a witness (在…见证下, 在会上)', () => {
    const a = hk('【本報訊】兩間公司昨日在局長李大文見證下簽署合作協議。');
    expect(a.events.find((e) => e.type === 'signing')?.location).toBeUndefined();
  });
});

describe('awards by grade and an award set apart (round-36 Hong Kong page written blind)', () => {
  const a = parsePage('本報訊 「第三屆香港智慧物流大獎」頒獎典禮昨日舉行。今屆大獎由遠帆科技有限公司奪得；金獎得主為晨光數據有限公司及海帆能源有限公司。大會另設「傑出青年創新家」獎，由遠帆科技創辦人林曉文獲得。', { issueDate: '2025-11-28' }).articles[0]!;

  it('gives the winners of a grade (金奖得主为…) to the award the article names', () => {
    const main = a.awards.find((w) => w.name === '第三届香港智慧物流大奖');
    expect(main?.recipients).toEqual(['远帆科技有限公司', '晨光数据有限公司', '海帆能源有限公司']);
  });

  it('reads an award set in one clause and won in the next (另设「某某」奖，由甲获得)', () => {
    expect(a.awards.find((w) => w.name === '杰出青年创新家')?.recipients).toEqual(['林晓文']);
    expect(a.people.find((p) => p.name === '林晓文')?.affiliation).toBe('远帆科技有限公司');
  });
});

describe('an inspection of a site gone to, and a ceremony to come (round-36 Hong Kong page written blind)', () => {
  const a = parsePage('【本報訊】房屋局局長林小文昨（27）日上午到觀塘翠屏道公屋項目視察工程進度。她又透露，項目第二期的動工儀式將於12月9日在元朗舉行。', { issueDate: '2025-11-28' }).articles[0]!;

  it('names the inspection by the site and what is inspected, its places the location', () => {
    expect(a.events.find((e) => e.type === 'inspection')).toMatchObject({ name: '观塘翠屏道公屋项目视察工程进度', location: '观塘翠屏道', date: { iso: '2025-11-27' } });
  });

  it('names a ceremony of something (某某的动工仪式) without the 的, on its day to come', () => {
    expect(a.events.find((e) => e.type === 'ceremony')).toMatchObject({ name: '项目第二期动工仪式', location: '元朗', date: { iso: '2025-12-09' } });
  });
});

describe('guests listed after 出席贵宾包括 (round-37 Taiwan page written blind)', () => {
  it('makes everyone of the list attend, the list running on over commas and titles', () => {
    const a = parsePage('〔記者林小文／台中報導〕台中市長王大明昨（4）日出席啟用典禮。出席貴賓包括市議會議長陳志遠，立委李美華，市議員張文、黃英，北屯區長吳建國等人。', { issueDate: '2025-12-05' }).articles[0]!;
    const ceremony = a.events.find((e) => e.type === 'ceremony');
    expect(ceremony?.participants.filter((p) => p.role === 'attendee').map((p) => p.name)).toEqual(['王大明', '陈志远', '李美华', '张文', '黄英', '吴建国']);
  });
});

describe('an inspection with officials led along (率…到场会勘, round-37 Taiwan page written blind)', () => {
  const a = parsePage('〔記者林小文／台中報導〕副市長王大明昨（4）日上午率水利局長陳志遠、建設局長李文等人到場會勘，東昇里長吳秋月也到場。', { issueDate: '2025-12-05' }).articles[0]!;
  const roles = (name: string) => a.officials.find((p) => p.name === name)?.roles;

  it('makes the one who leads inspect, those led come along', () => {
    expect(roles('王大明')).toEqual(['inspector']);
    expect(roles('陈志远')).toEqual(['accompanying']);
    expect(roles('李文')).toEqual(['accompanying']);
  });

  it('reads 建设局长 as a bureau head and a three-character name ending in 月 after a title (里长吴秋月)', () => {
    expect(a.officials.map((p) => [p.name, p.titles[0]])).toEqual(expect.arrayContaining([['李文', '建设局长'], ['吴秋月', '里长']]));
  });
});

describe('a launch held during a ceremony, for a quoted programme (round-39 Hong Kong page written blind)', () => {
  it('names the launch after the programme it is held for (为「某某」计划主持启动仪式), with the ceremony\'s day and place', () => {
    const a = parsePage('本报讯 「2025绿色大奖」颁奖典礼昨晚在湾仔会展中心举行。颁奖礼上，局长蔡某某与署长容某某亦为「绿色大使」计划主持启动仪式。', { issueDate: '2025-12-19' }).articles[0]!;
    const launch = a.events.find((e) => e.type === 'launch');
    expect(launch).toMatchObject({ name: '「绿色大使」计划', date: { iso: '2025-12-18' } });
  });
});

describe('a quoted title opening with a name-like word', () => {
  it('reads no person in 「乐龄及康复创科应用基金」', () => {
    const a = parsePage('本报讯 计划参考了「乐龄及康复创科应用基金」的经验。').articles[0]!;
    expect(a.people).toEqual([]);
  });
});
