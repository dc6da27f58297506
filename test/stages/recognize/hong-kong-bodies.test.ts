// Bodies, posts and places of Hong Kong news found by blind pages (round 38): a concern group, a social service
// agency, a panel named by a short name and 事务委员会, an office a known body keeps elsewhere (驻…办事处), care posts,
// a new area named by three characters. Names are invented.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../../src/index.js';

const spans = (text: string, label: string) => annotate(text).filter((m) => m.label === label).map((m) => m.text);

describe('Hong Kong bodies', () => {
  it('reads 关注组 and 社会服务处 as heads of associations', () => {
    expect(spans('她转述居民组织荃湾河畔关注组的意见。', 'organization')).toEqual(['荃湾河畔关注组']);
    expect(spans('天主教安恩社会服务处获奖。', 'organization')).toEqual(['天主教安恩社会服务处']);
  });

  it('reads a panel by a short name of its own and 事务委员会 after a clear left edge', () => {
    expect(spans('当局正与山径事务委员会研究。', 'government')).toEqual(['山径事务委员会']);
  });

  it('opens an office kept elsewhere (驻…办事处) with the known body that keeps it', () => {
    expect(spans('加强特区政府驻沪经济贸易办事处的服务。', 'government')).toEqual(['特区政府驻沪经济贸易办事处']);
  });

  it('keeps 长者 of a centre’s name, no district head (区长) inside it', () => {
    expect(spans('北区长者地区中心社工何子轩获奖。', 'organization')).toEqual(['北区长者地区中心']);
    expect(spans('北区长者地区中心社工何子轩获奖。', 'title')).toEqual(['社工']);
  });

  it('takes no 会面 for the head 商会 (与在港台商会面)', () => {
    expect(spans('代表团与约一百名在港台商会面。', 'organization')).toEqual([]);
  });

  it('reads a committee after the body it belongs to (辖下的, 旗下的), of that body\'s kind', () => {
    expect(spans('沙田区议会辖下的交通及运输委员会上月讨论。', 'government')).toEqual(['沙田区议会', '交通及运输委员会']);
    expect(annotate('鸿远控股集团有限公司旗下的投资决策委员会昨日开会。').find((m) => m.text === '投资决策委员会')?.label).toBe('organization');
    // (Nothing named: a bare committee.)
    expect(spans('我们下设的委员会开会。', 'government')).toEqual([]);
  });

  it('reads a two-character short form of a university or a federation named before (理大, 社联), where it stands as a word', () => {
    const text = '香港社会服务联会与香港理工大学合作。社联已设立中心，理大将提供支援。新的化工大楼落成。';
    const shorts = annotate(text).filter((m) => m.rule === 'org.short-form').map((m) => m.text);
    expect(shorts).toEqual(['社联', '理大']);
    // (Never a body's own short name: 人大 is a congress, whatever university the page names.)
    expect(annotate('中国人民大学的教授说，人大已经开会。').some((m) => m.text === '人大' && m.rule === 'org.short-form')).toBe(false);
  });

  it('takes a temporary or a new one of a kind of facility for no body, nor the kind named bare (临时避寒中心 … 避寒中心)', () => {
    expect(spans('开放十九个临时避寒中心。通知居民避寒中心的地址。宏远将为新仓储中心提供系统。', 'organization')).toEqual([]);
    // (新 opens names too: 新华社新闻中心.)
    expect(spans('新华社新闻中心发布消息。', 'organization')).toEqual(['新华社新闻中心']);
  });

  it('reads welfare and kaifong associations (街坊福利会), a vocational training council (职业训练局), and a post of community affairs', () => {
    expect(spans('深水埗街坊福利会主席萧锦华出席。', 'organization')).toEqual(['深水埗街坊福利会']);
    expect(spans('包括职业训练局的学员。', 'government')).toEqual(['职业训练局']);
    expect(spans('新港置业集团有限公司社区事务总监许伟伦出席。', 'title')).toEqual(['社区事务总监']);
    // (… but no association from a welfare meeting: 会 opens 会议 there, while 县议会议长 keeps its council.)
    expect(spans('他出席社会福利会议。', 'organization')).toEqual([]);
  });

  it('reads a convention or exhibition venue as a place (香港会议展览中心, 九龙湾国际展贸中心)', () => {
    expect(spans('典礼在湾仔香港会议展览中心举行，展览在九龙湾国际展贸中心举行。', 'place')).toEqual(['湾仔', '香港会议展览中心', '九龙湾国际展贸中心']);
    expect(spans('典礼在湾仔香港会议展览中心举行。', 'organization')).toEqual([]);
  });

  it('reads the posts of Macao\'s government (保安司司长, 廉政专员, 审计长) and bureaus by their field (社会工作局, 旅游局)', () => {
    expect(spans('行政法务司司长司徒婉仪、保安司司长邝伟明，廉政专员任思远、审计长叶子谦出席。', 'title')).toEqual(['行政法务司司长', '保安司司长', '廉政专员', '审计长']);
    expect(spans('社会工作局副局长冼佩珊、旅游局副局长曾乐恩表示', 'government')).toEqual(['社会工作局', '旅游局']);
  });

  it('opens an office kept elsewhere with the body found just before 驻 (外交部驻某地…公署)', () => {
    expect(spans('外交部驻某地公署特派员孟宪华出席。', 'government')).toEqual(['外交部驻某地公署']);
  });

  it('keeps the body before 驻 where the place after it opened the office\'s name (外交部驻…特别行政区特派员公署)', () => {
    expect(spans('外交部驻香港特别行政区特派员公署副特派员方志成致辞。', 'government')).toEqual(['外交部驻香港特别行政区特派员公署']);
  });

  it('reads a department right after its bureau as one body (Macao: 某某局 + 某某厅), the title naming both', () => {
    expect(spans('文化局文化遗产厅厅长梁嘉欣介绍。', 'government')).toEqual(['文化局文化遗产厅']);
    const [a] = parsePage('本报讯 文化局文化遗产厅厅长梁嘉欣介绍展览。').articles;
    expect(a!.officials.map((p) => [p.name, p.titles])).toEqual([['梁嘉欣', ['文化局文化遗产厅厅长']]]);
    // (Departments of one rank listed apart stay apart.)
    expect(spans('省教育厅、省财政厅联合发文。', 'government')).toEqual(['省教育厅', '省财政厅']);
  });

  it('takes a trade word before a centre, after a place and 的 (葵涌的物流中心), for a kind, not a name (长沙湾的明爱中心 is one)', () => {
    expect(spans('公司在葵涌的物流中心使用太阳能。', 'organization')).toEqual([]);
    expect(spans('长沙湾的明爱中心开放。', 'organization')).toEqual(['明爱中心']);
  });

  it('ends a body before a one-character verb it does in a headline (科技局建研发中心)', () => {
    expect(annotate('城大伙佛山科技局建研发中心').map((m) => `${m.label}:${m.text}`)).toEqual(['government:佛山科技局']);
    // (A verb of two characters, 设立, is a boundary word already: the centre set up is a kind, no name.)
    expect(annotate('市科技局设立研发中心').map((m) => `${m.label}:${m.text}`)).toEqual(['government:市科技局']);
    // (… and a headline's phrase opening with such a verb: 设 sets the centre up.)
    expect(spans('增二百病床 设日间手术中心', 'organization')).toEqual(['日间手术中心']);
    // (Not after a comma in running text, where the character opens a name: 建滔 of 建滔研发中心.)
    expect(spans('公司表示，建滔研发中心年底启用。', 'organization')).toEqual(['建滔研发中心']);
  });

  it('reads the police\'s crime units by their head 调查科, whole where 及 joins their fields under the force, with the rank after', () => {
    expect(spans('警务处网络安全及科技罪案调查科前日举行记者会。', 'government')).toEqual(['警务处网络安全及科技罪案调查科']);
    expect(annotate('商业罪案调查科总警司伍志明表示。').map((m) => `${m.label}:${m.text}`)).toEqual(['government:商业罪案调查科', 'title:总警司', 'person:伍志明']);
    // (… not 科 opening a word: 调查科目.)
    expect(spans('他修读学科调查科目。', 'government')).toEqual([]);
  });

  it('knows the Hong Kong Observatory by its bare name (天文台)', () => {
    expect(annotate('天文台提醒市民注意保暖。').map((m) => `${m.label}:${m.text}`)).toEqual(['government:天文台']);
  });

  it('reads a council\'s committee whose fields 及 joins, right after the council, as one body (沙田区议会交通及运输委员会)', () => {
    expect(spans('沙田区议会交通及运输委员会主席林浩明主持会议。', 'government')).toEqual(['沙田区议会交通及运输委员会']);
  });

  it('knows the Digital Policy Office, the Curriculum Development Council and the HKEAA by name, with the post after the office', () => {
    expect(annotate('数字政策办公室数字政策专员孟子明表示，课程发展议会及香港考试及评核局将参与。').map((m) => `${m.label}:${m.text}`)).toEqual([
      'government:数字政策办公室', 'title:数字政策专员', 'person:孟子明', 'organization:课程发展议会', 'organization:香港考试及评核局',
    ]);
  });

  it('reads a field of service before a corporate post as part of it (车务总监), and 应 before 立即 as the modal, no surname', () => {
    expect(annotate('港铁公司车务总监梁凯明到场。').map((m) => `${m.label}:${m.text}`)).toEqual(['company:港铁公司', 'title:车务总监', 'person:梁凯明']);
    expect(annotate('乘客如遇火警，应立即按下紧急对讲机。').filter((m) => m.label === 'person')).toEqual([]);
  });

  it('reads 关长 as the post of the head of customs', () => {
    expect(spans('香港海关关长郭慧玲陪同视察。', 'title')).toEqual(['关长']);
  });

  it('takes no ordinary room for a government department (客厅, 营业厅)', () => {
    expect(spans('深水埗首设街坊客厅，市民可到营业厅办理。', 'government')).toEqual([]);
  });

  it('takes no generic facility for a body (数据中心管理系统)', () => {
    expect(spans('三家企业分别从事数据中心管理系统研发。', 'organization')).toEqual([]);
  });
});

describe('care posts', () => {
  it('binds 护理员 and 家务助理员 to the body before them and the name after', () => {
    const ms = annotate('由乐安护老院有限公司高级护理员丁美仪、康宁社会服务处家务助理员罗淑英获得。');
    expect(ms.filter((m) => m.label === 'title').map((m) => m.text)).toEqual(['高级护理员', '家务助理员']);
    expect(ms.filter((m) => m.label === 'person').map((m) => m.text)).toEqual(['丁美仪', '罗淑英']);
  });
});

describe('places', () => {
  it('reads 维港 as Victoria Harbour', () => {
    expect(annotate('令维港两岸连接更方便。').find((m) => m.label === 'place')).toMatchObject({ text: '维港', rule: 'place.world:feature' });
  });

  it('reads a new area named by three characters after a list word', () => {
    expect(spans('先后到访某某产业园及临江湾新区。', 'place')).toContain('临江湾新区');
  });

  it('takes no province from a word ending in 省 (可节省)', () => {
    expect(spans('若数据流通更便利，可节省不少时间。', 'place')).toEqual([]);
  });

  it('takes no community from a verb before 社区 (设立社区照顾站)', () => {
    expect(spans('服务处则在东涌及天水围设立社区照顾站。', 'place')).toEqual(['东涌', '天水围']);
  });

  it('reads housing estates in lists, after a preposition and named after a place (秀茂坪邨, 石硖尾邨, …及南山邨一带)', () => {
    expect(spans('选址包括秀茂坪邨、彩虹邨及天耀邨附近的会堂。', 'place')).toEqual(['秀茂坪邨', '彩虹邨', '天耀邨']);
    expect(spans('关爱队在白田邨、大坑东邨及南山邨一带宣传。', 'place')).toEqual(['白田邨', '大坑东邨', '南山邨']);
    expect(spans('街坊客厅在石硖尾邨美映楼开幕。', 'place')).toEqual(['石硖尾邨']);
  });

  it('reads streets in a list after a street or a place (梳士巴利道、弥敦道南段及广东道), no punctuation in a name', () => {
    expect(spans('尖沙咀梳士巴利道、弥敦道南段及广东道部分路段封闭。', 'place')).toEqual(['尖沙咀', '梳士巴利道', '弥敦道', '广东道']);
    expect(spans('他指出，石硖尾、南昌街及北河街一带有不少独居长者。', 'place')).toEqual(['石硖尾', '南昌街', '北河街']);
    // (街坊 is neighbours: no street 首设街 after the district.)
    expect(spans('深水埗首设街坊客厅', 'place')).toEqual(['深水埗']);
  });

  it('reads border crossings, airports and piers named after their place, and that place named bare after (罗湖管制站 … 以罗湖、)', () => {
    expect(spans('局长视察罗湖管制站及深圳湾口岸，其中以罗湖、落马洲支线最为繁忙，香港国际机场同样繁忙。', 'place')).toEqual([
      '罗湖管制站', '深圳湾口岸', '罗湖', '落马洲', '香港国际机场',
    ]);
    // (The port of a bridge is named with the bridge: no 香港口岸 alone.)
    expect(spans('港珠澳大桥香港口岸同样繁忙。', 'place')).not.toContain('香港口岸');
  });

  it('reads the port of a bridge with the bridge, and a crossing of no known place beside a found one in a list', () => {
    expect(spans('警方加强莲溪口岸、金湾大桥澳门口岸等的人流疏导。', 'place')).toEqual(['莲溪口岸', '金湾大桥澳门口岸']);
    expect(spans('莲溪口岸及横琴口岸的通关压力持续增加。', 'place')).toEqual(['莲溪口岸', '横琴口岸']);
    // (Alone, a crossing named after no known place is no place.)
    expect(spans('莲溪口岸的通关压力持续增加。', 'place')).toEqual([]);
  });

  it('reads customs named bare between two bodies of a list as a body of its own, not a portfolio of the next (海关及消防局)', () => {
    expect(spans('由治安警察局、海关及消防局人员组成的升旗队', 'government')).toEqual(['治安警察局', '海关', '消防局']);
    // (Portfolios joined by 及 stay one office.)
    expect(spans('经济及科技发展局局长伍立衡表示', 'government')).toEqual(['经济及科技发展局']);
  });

  it('reads Macao’s Executive Council (行政会) as a body, but no body in a meeting of that name (召开行政会议)', () => {
    expect(spans('行政会发言人伍立衡表示，草案将提交立法会。', 'government')).toEqual(['行政会', '立法会']);
    expect(spans('学校召开行政会议，校长主持。', 'government')).toEqual([]);
  });

  it('reads a Taiwan legislator in full (立法委员) and a bureau named by its short field (经发局长, 观旅局长) as offices', () => {
    const a = parsePage('【记者陈怡君／台中报导】立法委员萧雅芬、经发局长廖明仁、观旅局长吴思敏昨日出席。', { issueDate: '2026-01-09' }).articles[0]!;
    expect(a.officials.map((o) => [o.name, o.titles])).toEqual([['萧雅芬', ['立法委员']], ['廖明仁', ['经发局长']], ['吴思敏', ['观旅局长']]]);
  });

  it('takes no person from a word like 海滨 after a place', () => {
    expect(spans('当局重视维港海滨的连贯性。', 'person')).toEqual([]);
  });
});

describe('public bodies of round 45 (written blind)', () => {
  it('knows statutory bodies news names bare or by their short names (积金局, 西九管理局, 律师会)', () => {
    expect(spans('强制性公积金计划管理局（积金局）接获投诉。', 'organization')).toEqual(['强制性公积金计划管理局', '积金局']);
    expect(spans('西九文化区管理局今年会加强合作。香港律师会关注条例。', 'organization')).toEqual(['西九文化区管理局', '香港律师会']);
  });

  it('reads a border inspection station of a place as a government body (深圳出入境边防检查总站)', () => {
    expect(spans('入境处已与深圳出入境边防检查总站加强沟通。', 'government')).toContain('深圳出入境边防检查总站');
  });
});

describe('a housing estate after a bracketed day and a preposition (round 45, written blind)', () => {
  it('starts after 在: （24日）在竹园北邨 is 竹园北邨', () => {
    expect(spans('关爱队上周六（24日）在竹园北邨举行活动。', 'place')).toEqual(['竹园北邨']);
  });
});

describe('hospital clusters, a united hospital and a trust fund (round 46, written blind)', () => {
  it('reads 九龙东医院联网, 基督教联合医院 and 香港赛马会慈善信托基金 as bodies', () => {
    expect(spans('九龙东医院联网总监雷振明表示，计划在基督教联合医院推行，获香港赛马会慈善信托基金资助。', 'organization')).toEqual(['九龙东医院联网', '基督教联合医院', '香港赛马会慈善信托基金']);
  });
});

describe('departments by their short names, after a verb too, and offices of a body told before (round 47, written blind)', () => {
  it('reads 入境处, 社署, 渔护署 as departments, and 警方 after a verb (配合警方, 建议警方)', () => {
    expect(spans('入境处首席入境事务主任卓咏诗提醒市民，社署及渔护署会配合警方。议员建议警方增设座椅。', 'government')).toEqual(['入境处', '社署', '渔护署', '警方', '警方']);
  });

  it('makes an official of the head of a body named again without its department (卫生防护中心总监 after 卫生署卫生防护中心)', () => {
    const a = parsePage('本报讯 卫生署卫生防护中心昨日公布最新数据。卫生防护中心总监甘卓颖表示，流感季节仍处于高峰期。', { issueDate: '2026-02-13' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles, p.affiliation])).toEqual([['甘卓颖', ['卫生防护中心总监'], '卫生署卫生防护中心']]);
  });

  it('reads 甯 as a surname (区域法院暂委法官甯家骏)', () => {
    expect(spans('区域法院暂委法官甯家骏判刑时指出，案情严重。', 'person')).toEqual(['甯家骏']);
  });
});

describe('a campus, a board and an honour after a list (round 47, written blind)', () => {
  it('keeps a campus\'s place in brackets in the university\'s name and its short form (香港科技大学（广州）, 科大（广州）)', () => {
    expect(spans('香港科技大学（广州）昨日与企业签署协议。科大（广州）校长卓立群表示满意。', 'organization')).toEqual(['香港科技大学（广州）', '科大（广州）']);
  });

  it('reads 董事局主席 as one title, the board of the company before it', () => {
    const a = parsePage('本报讯 穗景智能装备集团董事局主席甘伟业表示满意。', { issueDate: '2026-02-13' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([['甘伟业', ['穗景智能装备集团董事局主席']]]);
  });

  it('shares a title over a list whose last name an honour follows (甲、乙及丙太平绅士)', () => {
    const a = parsePage('本报讯 立法会议员卜家宝、甄卓霖及汤咏诗太平绅士均关注交通配套。', { issueDate: '2026-02-13' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['卜家宝', ['立法会议员']], ['甄卓霖', ['立法会议员']], ['汤咏诗', ['立法会议员']]]);
  });
});

describe('streets between a preposition and their stretch, parks after a neighbourhood (round 47, written blind)', () => {
  it('reads a street no place opens between 在 and 一带 (在车公庙路一带), and no word for a road in general', () => {
    expect(spans('警方会在车公庙路一带实施人流管制，沿公路两旁设路障。', 'place')).toEqual(['车公庙路']);
  });

  it('reads a neighbourhood and a park with a name of its own as two places (旺角 + 花墟公园), but 屯门公园 as one', () => {
    expect(spans('旺角花墟公园及维园年宵市场，屯门公园亦有活动。', 'place')).toEqual(['旺角', '花墟公园', '维园', '屯门公园']);
  });
});

describe('court news (round 47, written blind)', () => {
  it('reads a deputy judge\'s title with its court (区域法院暂委法官), and the defendant after 被告', () => {
    const a = parsePage('本报讯 一名男子昨日在区域法院被判囚二十个月。被告甘浩文案发时任职送货员。区域法院暂委法官甯家骏判刑时指出，案情严重。', { issueDate: '2026-02-13' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['甯家骏', ['区域法院暂委法官']]]);
    expect(a.people.map((p) => p.name)).toEqual(['甘浩文']);
  });

  it('takes no body for schools counted (录得二十八宗学校及院舍流感爆发个案)', () => {
    expect(spans('过去一周全港录得二十八宗学校及院舍流感爆发个案。', 'organization')).toEqual([]);
  });
});

describe('a sports venue named after its place (round 47, written blind)', () => {
  it('is one place, not the place alone (启德体育园)', () => {
    expect(spans('代表团参观香港科学园及启德体育园。', 'place')).toContain('启德体育园');
    expect(spans('代表团参观香港科学园及启德体育园。', 'place')).not.toContain('启德');
  });
});

describe('a race day, a highway and a fire officer (round 48, written blind)', () => {
  it('reads 香港赛马会 and 香港公益金 as bodies, 沙田马场 and 大埔公路 as places', () => {
    expect(spans('香港赛马会昨日在沙田马场举行赛马日，收益拨捐香港公益金。', 'organization')).toEqual(['香港赛马会', '香港公益金']);
    expect(spans('香港赛马会昨日在沙田马场举行赛马日，车辆沿大埔公路行驶。', 'place')).toEqual(['沙田马场', '大埔公路']);
  });

  it('reads a fire officer\'s rank as an office (高级消防区长), and no street in 修建公路', () => {
    const a = parsePage('本报讯 深水埗消防局高级消防区长祁德辉表示，火警起因有待调查。', { issueDate: '2026-02-20' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['祁德辉', ['深水埗消防局高级消防区长']]]);
    expect(spans('政府将修建公路。', 'place')).toEqual([]);
  });
});

describe('bodies, ranks and regions of a 星島 page (round 49, written blind)', () => {
  it('reads a committee named twice without a place as a body (华人庙宇委员会), but not a kind named twice (咨询委员会)', () => {
    expect(spans('华人庙宇委员会表示，全日共录得约10万人次。华人庙宇委员会提醒，庙宇今日起恢复开放。', 'government')).toEqual(['华人庙宇委员会', '华人庙宇委员会']);
    expect(spans('政府成立咨询委员会，咨询委员会将研究。', 'government')).toEqual([]);
  });

  it('reads fire and customs ranks as offices, the region between body and rank in the title', () => {
    const fire = parsePage('本报讯 消防处新界南区副消防总长谈家乐在现场表示，起火单位位于大厦9楼。', { issueDate: '2026-02-27' }).articles[0]!;
    expect(fire.officials.map((p) => [p.name, p.titles])).toEqual([['谈家乐', ['消防处新界南区副消防总长']]]);
    const customs = parsePage('本报讯 海关高级监督尚宏亮提醒旅客切勿以身试法。', { issueDate: '2026-02-27' }).articles[0]!;
    expect(customs.officials.map((p) => p.name)).toEqual(['尚宏亮']);
  });

  it('reads 西九龙 as a place of a court and a police region, and starts a company after a tenant (货仓租户)', () => {
    expect(spans('男子今日在西九龙裁判法院提堂。', 'government')).toEqual(['西九龙裁判法院']);
    expect(spans('货仓租户通顺物流（香港）有限公司的董事到场。', 'company')).toEqual(['通顺物流（香港）有限公司']);
  });
});

describe('units and councils of a 星島 page (round 49, written blind)', () => {
  it('reads a police unit whose two fields 及 joins, after 警方 and when named again', () => {
    const text = '警方网络安全及科技罪案调查科本周一采取行动。网络安全及科技罪案调查科高级警司郝伟文昨日表示，集团已被捣破。';
    expect(spans(text, 'government')).toEqual(['警方', '网络安全及科技罪案调查科', '网络安全及科技罪案调查科']);
  });

  it('but not over a member and a name before 及 (立法会议员某某及北区区议会)', () => {
    expect(spans('立法会议员麦卓文及北区区议会主席出席。', 'government')).toContain('北区区议会');
  });

  it('reads an industry\'s council (旅游业议会) as an association, its chairman no official', () => {
    const a = parsePage('本报讯 随团的香港旅游业议会主席裴国文说，旅行社可以设计两日一夜的团。', { issueDate: '2026-02-27' }).articles[0]!;
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([['香港旅游业议会', 'association']]);
    expect(a.people.map((p) => p.name)).toEqual(['裴国文']);
  });
});

describe('ranks of an 東方 page (round 50, written blind)', () => {
  it('keeps the words of rank inside a title: 署理主任裁判官 (acting principal magistrate), 租务总监', () => {
    const court = parsePage('本报讯 案件昨日在九龙城裁判法院判刑，署理主任裁判官司徒嘉雯判处被告即时监禁四个月。', { issueDate: '2026-03-06' }).articles[0]!;
    expect(court.officials.map((p) => [p.name, p.titles])).toEqual([['司徒嘉雯', ['署理主任裁判官']]]);
    expect(spans('宏信置业租务总监竺文杰表示，商场出租率已达九成。', 'title')).toEqual(['租务总监']);
  });
});

describe('authorities named by their field (round 50, written blind)', () => {
  it('reads a field, its trade word and 监管局 or 管理局 as a government body, but not a bare 管理局', () => {
    expect(spans('他说，旅游业监管局表示已联络旅行社。', 'government')).toEqual(['旅游业监管局']);
    expect(spans('他说，旅游业管理局表示已联络。', 'government')).toEqual(['旅游业管理局']);
    expect(spans('有关管理局表示会跟进。', 'government')).toEqual([]);
  });
});

describe('a platform before a company in apposition (round 50, written blind)', () => {
  it('starts the company after 网约车平台 (网约车平台捷行出行（香港）有限公司)', () => {
    expect(spans('网约车平台捷行出行（香港）有限公司总经理甘绮文表示欢迎。', 'company')).toEqual(['捷行出行（香港）有限公司']);
  });
});

describe('villages, residents and a department officer of a district page (round 51, written blind)', () => {
  it('reads a village, a walled village or a market town named after its neighbourhood whole, but no rural committee', () => {
    expect(spans('帶領市民走訪上水鄉及粉嶺圍等傳統圍村，上水鄉事委員會亦有參與。', 'place')).toEqual(['上水鄉', '粉嶺圍']);
  });

  it('reads a resident of such a place (上水鄉居民某某（72歲）指) as a person', () => {
    expect(spans('上水鄉居民甄錦添（72歲）指，村內年輕人會負責導賞。', 'person')).toEqual(['甄錦添']);
  });

  it('keeps a rank and a field inside an officer\'s title after the department (環境保護署高級環境保護主任)', () => {
    const a = parsePage('【本報訊】環境保護署高級環境保護主任駱家明回應指，署方下月起會公布水質。', { issueDate: '2026-03-13' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles[0]])).toEqual([['骆家明', '环境保护署高级环境保护主任']]); // (names in Simplified)
  });
});

describe('no company in a bank account or a ring the police pursue, no name in a community centre (round 51, written blind)', () => {
  it('reads no bank in 出租銀行戶口 and no group in 追查集團, but a bank named', () => {
    expect(spans('集團招攬年輕人出租銀行戶口，再出售銀行戶口予騙徒。警方正追查集團主腦。中國銀行香港分行亦有協助。', 'company')).toEqual(['中國銀行']);
  });

  it('reads no person in 社康中心 (康 + 中心)', () => {
    expect(spans('一行其後到福田區一間社康中心了解服務。', 'person')).toEqual([]);
  });
});

describe('Cantonese particles and plans told with 会 (round 51, written blind)', () => {
  it('ends a body\'s name at a Cantonese particle before it (喺前海開咗辦公室 names no office of 前海)', () => {
    expect(annotate('「我哋去年喺前海開咗辦公室，今年想賣去東南亞。」').filter((m) => ['organization', 'government'].includes(m.label))).toEqual([]);
  });

  it('reads a visit a committee will make next month (委員會下月會到某地視察) as no inspection held', () => {
    const a = parsePage('【本報訊】席卓文會後表示，委員會下月會到屯門的簡約公屋項目實地視察。', { issueDate: '2026-03-13' }).articles[0]!;
    expect(a.events.map((e) => e.type)).not.toContain('inspection');
  });
});

describe('no village in a country\'s countryside (round 51\'s review)', () => {
  it('reads 元朗乡郊 and 美国乡下 as no villages', () => {
    expect(spans('他移居美國鄉下。當局會改善元朗鄉郊地區的交通。', 'place').filter((p) => p.endsWith('鄉'))).toEqual([]);
  });
});

describe('a development area named after its place (round 51, written blind)', () => {
  it('reads 新田科技城 and 天水圍新市鎮 whole', () => {
    expect(spans('新田科技城首批用地將於今年內推出，天水圍新市鎮亦然。', 'place')).toEqual(['新田科技城', '天水圍新市鎮']);
  });
});

describe('no company where a verb or a count stands before 公司 (round 48, met again in round 51)', () => {
  it('reads no company in 一名前財務經理, 事件令公司 or 意見轉交港鐵公司 (港鐵公司 itself stays)', () => {
    expect(spans('某物流公司一名前財務經理涉嫌挪用公款。事件令公司蒙受損失。他已將意見轉交港鐵公司跟進。', 'company')).toEqual(['港鐵公司']);
  });
});

describe('a faculty after its university (hk45)', () => {
  it('names the university and the faculty apart, though 学生 runs across the two (香港中文大學 + 生物醫學學院)', () => {
    expect(spans('香港中文大學生物醫學學院教授容某表示', 'organization')).toEqual(['香港中文大學', '生物醫學學院']);
  });
});

describe('a panel or a faculty named with the body it belongs to (round 52)', () => {
  const orgs = (text: string) => parsePage(text, { issueDate: '2026-03-20' }).articles[0]!.organizations.map((o) => o.name);

  it('names the council or the university too (立法會教育事務委員會, 香港大學醫學院)', () => {
    expect(orgs('【本報訊】立法會教育事務委員會昨日開會。')).toEqual(['立法会教育事务委员会', '立法会']);
    expect(orgs('【本報訊】香港大學醫學院昨日公布研究結果。')).toEqual(['香港大学医学院', '香港大学']);
  });

  it('but not a party\'s local branch, nor a trust a club set up', () => {
    expect(orgs('【本報訊】共青團某某市委昨日舉辦活動。')).not.toContain('中国共产主义青年团');
    expect(orgs('【本報訊】由香港賽馬會慈善信託基金捐助的計劃昨日啟動。')).not.toContain('香港赛马会');
  });
});

describe('posts of a firm and rare surnames (round 52, written blind)', () => {
  // (Names and titles come in Simplified script; a firm's post is titled with the firm.)
  const people = (text: string) => parsePage(text, { issueDate: '2026-03-20' }).articles[0]!.people.map((p) => [p.name, p.titles, p.affiliation]);

  it('reads a firm\'s department inside the title, the firm as the affiliation (某某有限公司研究部主管)', () => {
    expect(people('【本報訊】利通地產代理有限公司研究部主管冉俊傑表示，樓價回穩。')).toEqual([['冉俊杰', ['利通地产代理有限公司研究部主管'], '利通地产代理有限公司']]);
  });

  it('reads a line of a bank\'s business inside the title, not a second bank (富泰銀行零售銀行業務主管)', () => {
    expect(people('【本報訊】富泰銀行零售銀行業務主管凌思穎表示，客戶增加。')).toEqual([['凌思颖', ['富泰银行零售银行业务主管'], '富泰银行']]);
    expect(spans('富泰銀行零售銀行業務主管凌思穎表示', 'company')).toEqual(['富泰銀行']);
  });

  it('reads 源 as a surname after a title, and a kitchen\'s head (廚務主管) whole', () => {
    expect(spans('議員源嘉俊則促請當局善用空置課室。', 'person')).toEqual(['源嘉俊']);
    expect(spans('餐廳廚務主管方志誠表示', 'title')).toEqual(['廚務主管']);
  });
});

describe('a market to come on two days, a place crossed (round 52, written blind)', () => {
  it('reads a bare weekday joined to the one just told as a day of that week, and a market (市集) as an event', () => {
    const a = parsePage('【本報訊】由旅發局主辦的「西九春日海濱市集」將於本周六（21日）及周日（22日）在西九文化區藝術公園舉行。', { issueDate: '2026-03-20' }).articles[0]!;
    expect(a.dates.map((d) => [d.text, d.iso])).toEqual([['本周六（21日）', '2026-03-21'], ['周日（22日）', '2026-03-22']]);
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['other', '西九春日海滨市集', '2026-03-21']]);
  });

  it('reads a province after a verb of crossing (橫過廣東沿岸)', () => {
    expect(spans('一道冷鋒今晚會橫過廣東沿岸。', 'place')).toEqual(['廣東']);
  });
});

describe('Hong Kong departments named by their field (round 52)', () => {
  it('reads 差餉物業估價署 and 土地註冊處 as government bodies', () => {
    expect(spans('差餉物業估價署昨日公布，據土地註冊處資料，買賣合約增加。', 'government')).toEqual(['差餉物業估價署', '土地註冊處']);
  });
});

describe('what the review of round 52 asked for (entities and dates)', () => {
  it('keeps a bank before its business (招商银行业务收入) a bank', () => {
    expect(spans('招商银行业务收入增长10%。恒生银行业务发展稳健。', 'company')).toEqual(['招商银行', '恒生银行']);
  });

  it('reads no title in the competent authority (交通主管部门) nor in 主管 as a verb', () => {
    expect(spans('交通主管部门称，他曾主管旗下物流业务。', 'title')).toEqual([]);
  });

  it('reads a weekday after 至 as the one after the first, and lets the bracketed day decide the week', () => {
    const dates = parsePage('【本報訊】展覽將於本周五（15日）至周一（18日）舉行，上周六（9日）和周一（11日）已預展。', { issueDate: '2024-03-15' }).articles[0]!.dates.map((d) => d.iso);
    expect(dates).toEqual(['2024-03-15', '2024-03-18', '2024-03-09', '2024-03-11']);
  });
});

describe('bodies and people of a page in 信報 style (round 53, written blind)', () => {
  const article = (text: string) => parsePage(text, { issueDate: '2026-03-27' }).articles[0]!;

  it('reads the chair of an advisory committee as a person, the chair of a legislature\'s or a department\'s committee as an official', () => {
    const advisory = article('長者日啟動\n\n勞工及福利局局長何志明昨日主禮，婦女事務委員會主席麥卓言及基金主席馮浩然亦有出席。\n');
    expect(advisory.officials.map((o) => o.name)).toEqual(['何志明']);
    expect(advisory.people.map((p) => p.name)).toContain('麦卓言');
    const panel = article('議員關注學位\n\n立法會昨日召開會議，教育事務委員會主席吳子朗表示，當局須增加學位。\n');
    expect(panel.officials.map((o) => o.name)).toEqual(['吴子朗']);
    const department = article('燈飾亮燈\n\n市政署管理委員會主席邵子明昨日主持亮燈儀式。\n');
    expect(department.officials.map((o) => o.name)).toEqual(['邵子明']);
  });
});

describe('the Legislative Council\'s Finance Committee by its short name (round 53, written blind)', () => {
  it('reads 財委會 as 財務委員會, its chairman an official', () => {
    const a = parsePage('財委會批撥款\n\n立法會財務委員會昨日開會。財委會主席甘志朗其後宣布表決結果。\n', { issueDate: '2026-03-27' }).articles[0]!;
    expect(a.officials.map((o) => [o.name, o.titles])).toEqual([['甘志朗', ['财委会主席']]]);
    expect(a.organizations.find((o) => o.name === '财务委员会')?.aliases).toEqual(['财委会']);
  });
});

describe('descriptions that bind a name but are no title (round 53, written blind)', () => {
  const people = (text: string) => parsePage(`標題\n\n${text}\n`, { issueDate: '2026-03-27' }).articles[0]!.people.map((p) => [p.name, p.titles]);

  it('reads an occupation one has retired from and the owner of no business named as no title, the name still bound', () => {
    expect(people('出席活動的居民、退休護士祁佩芳（78歲）說，希望屋苑加裝扶手。')).toEqual([['祁佩芳', []]]);
    expect(people('在場的涼茶舖東主辛國樑說，午市人流太多。')).toEqual([['辛国梁', []]]);
    expect(people('永信裝飾工程有限公司東主邢家俊表示，會全數退款。')).toEqual([['邢家俊', ['永信装饰工程有限公司东主']]]);
  });
});

describe('what the review of round 53 asked for (committee chairs)', () => {
  const officials = (text: string) => parsePage(`標題\n\n${text}\n`, { issueDate: '2026-03-27' }).articles[0]!.officials.map((o) => o.name);

  it('keeps the chairs of state committees officials', () => {
    expect(officials('中国人民政治协商会议全国委员会主席王沪宁昨日在北京出席会议。')).toEqual(['王沪宁']);
    expect(officials('中央军事委员会主席习近平昨日视察部队。')).toEqual(['习近平']);
  });

  it('reads a legislature only where one is named, not in 会议会上 or 私人大厦', () => {
    expect(officials('在会议会上，婦女事務委員會主席林正國表示支持。')).toEqual([]);
  });
});

describe('a charitable foundation by its head (round 53, written blind)', () => {
  it('reads 某某慈善基金 as an association, not a fund set up (设立慈善基金)', () => {
    expect(spans('計劃由民青局與恒信慈善基金合辦。', 'organization')).toEqual(['恒信慈善基金']);
    expect(spans('他去年設立慈善基金幫助學生。', 'organization')).toEqual([]);
  });
});

describe('北区 among the districts of a list', () => {
  it('reads 北区 as the district where it is listed with other districts of Hong Kong, on either side', () => {
    expect(spans('议员补充，北区、元朗及屯门的学校收生不足。', 'place')).toEqual(['北区', '元朗', '屯门']);
    expect(spans('沙田及北区的学校收生不足。', 'place')).toEqual(['沙田', '北区']);
  });

  it('leaves a north part of somewhere else, or 北区 on its own, alone', () => {
    expect(spans('园区北区和南区将于年底完工。', 'place')).toEqual([]);
    expect(spans('北区的规划将于年底公布。', 'place')).toEqual([]);
  });
});

describe('names that are no people, places that are no mentions, announcements still to come (round 54)', () => {
  it('reads a district\'s short name joined by 及 to a place as that district, not a person', () => {
    expect(spans('罗湖及深圳湾管制站的出境人次将于今日达至高峰。', 'person')).toEqual([]);
  });

  it('reads no place in the quoted name of a scheme it opens (「广东院舍照顾服务计划」)', () => {
    expect(spans('费用由社会福利署按现行的「广东院舍照顾服务计划」模式资助。', 'place')).toEqual([]);
    expect(spans('长者可选择入住广东的院舍。', 'place')).toEqual(['广东']);
  });

  it('reads no teacher in 老师傅 (an old master craftsman), and no person after it', () => {
    expect(annotate('后来租金上升、老师傅相继退休，店铺逐渐式微。')).toEqual([]);
  });

  it('reads no release in what the bureau will announce next week (详情会于下周公布)', () => {
    const a = parsePage('医卫局\n\n路汉贤回应指，医卫局正与多间私家医院商讨，详情会于下周公布。', { issueDate: '2026-04-03' }).articles[0]!;
    expect(a.events).toEqual([]);
    // (… but a committee that met in the afternoon did: 常委会于下午举行.)
    const met = parsePage('标题\n\n本报讯　市政协常委会于下午举行第五次会议，市政协主席胡文容主持会议。', { issueDate: '2026-04-03' }).articles[0]!;
    expect(met.events.map((e) => [e.type, e.name])).toEqual([['meeting', '第五次会议']]);
  });
});

describe('kinds, counts and streets of a Hong Kong page (round 55, written blind)', () => {
  it('reads no body in a share, a term or more of a kind (約三成實驗室, 兩年免租實驗室, 增設日間護理中心, 新物流中心)', () => {
    const orgs = (text: string) => annotate(text).filter((m) => m.label === 'organization' || m.label === 'government' || m.label === 'company').map((m) => m.text);
    expect(orgs('園區約三成實驗室會以優惠租金租予初創，並提供兩年免租實驗室。')).toEqual([]);
    expect(orgs('委員會研究在區內增設長者日間護理中心。')).toEqual([]);
    expect(orgs('位於葵涌的新物流中心下月投入服務，集團今年首季集團營業額上升。')).toEqual([]);
    // (… and a body named after a word of place, 系內: the name starts after it.)
    expect(orgs('當中逾半在家中發生。系內智慧康復研究中心主任何某指，團隊下月擴大試驗。')).toEqual(['智慧康復研究中心']);
  });

  it('reads no village in a counted house (一間村屋), and no 八鄉 inside 十八鄉', () => {
    const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);
    expect(places('八鄉一間村屋的戶主一家回鄉拜山。')).toEqual(['八鄉']);
    expect(places('他已接了十八鄉一帶共12個花牌訂單。')).toEqual([]);
  });

  it('reads a road named after a district as the road wherever it is named again, and the district not at all', () => {
    const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);
    expect(places('一輛巴士昨晨沿大埔道往沙田方向行駛。事發後大埔道往沙田方向一度封閉。')).toEqual(['大埔道', '沙田', '大埔道', '沙田']);
    // (… but before 街市, a market, 香港仔 is the place: no street 香港仔街.)
    expect(places('除北河街街市外，香港仔街市及大埔墟街市的翻新工程亦已完成設計。')).toEqual(['北河街街市', '香港仔', '大埔墟']);
  });
});

describe('a member who raises a concern, and an owners\' corporation (round 55, written blind)', () => {
  it('reads a member who 關注 something at a meeting as a speaker at it', () => {
    const a = parsePage('財委會批撥款\n\n立法會財務委員會昨日開會，通過撥款興建繞道。議員高敏妍關注工程對一帶居民的噪音影響。', { issueDate: '2026-04-10' }).articles[0]!;
    expect(a.officials.map((o) => [o.name, o.roles])).toEqual([['高敏妍', ['speaker']]]);
  });

  it('reads a building\'s 業主立案法團 as an association, but not the bare word after 直至', () => {
    expect(spans('他多次把富榮大廈業主立案法團戶口內的款項轉至私人戶口。', 'organization')).toEqual(['富榮大廈業主立案法團']);
    expect(spans('款項存入自己的戶口，直至業主立案法團核數時發現。', 'organization')).toEqual([]);
  });
});

describe('what the review of round 55 asked for (Chinese)', () => {
  const orgs = (text: string) => annotate(text).filter((m) => m.label === 'organization' || m.label === 'government').map((m) => m.text);
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);

  it('stops a name at a function word that ends in a boundary character (都在, 曾在, 来自)', () => {
    expect(orgs('学生们都在星海音乐学院学习。')).toEqual(['星海音乐学院']);
    expect(orgs('专家大都来自星海音乐学院。')).toEqual(['星海音乐学院']);
  });

  it('keeps a country before 街头 and a region before 路跑, and streets only of 道 go unnamed', () => {
    expect(places('美国街头出现大批示威者。')).toEqual(['美国']);
    expect(places('台湾路跑活动吸引千人参加。')).toEqual(['台湾']);
  });

  it('keeps a body set up anew that opens with a place, and a department inside a hospital (内分泌, 内镜)', () => {
    expect(orgs('某公司新设深圳美团科技研究院。')).toEqual(['深圳美团科技研究院']);
    expect(orgs('深圳市第二人民医院内镜中心昨日启用。')).toEqual(['深圳市第二人民医院内镜中心']);
  });

  it('keeps villages named with 家 (三家村), a name that opens with 新 after 的 (新世界中心), and names with 九成 or 十年', () => {
    expect(places('北京市海淀区三家村村民昨日参加活动。')).toContain('三家村');
    expect(orgs('位于尖沙咀的新世界中心将重建。')).toEqual(['新世界中心']);
    expect(orgs('九成宫博物馆昨日开幕。')).toEqual(['九成宫博物馆']);
  });
});

describe('a chair named in a relative clause, and a compass district after 位於 (round 55, after the review)', () => {
  it('reads 主持會議的 + a title + a name as the meeting\'s chair', () => {
    const a = parsePage('財委會批撥款\n\n立法會財務委員會昨日開會，通過撥款。最後，主持會議的財委會主席任家朗提醒議員留意開支。', { issueDate: '2026-04-10' }).articles[0]!;
    expect(a.officials.map((o) => [o.name, o.roles])).toEqual([['任家朗', ['chair', 'speaker']]]);
  });

  it('reads 南區 after 位於, listed with another Hong Kong district, as that district', () => {
    expect(spans('康文署表示，位於南區及屯門的泳灘將於本月底恢復救生服務。', 'place')).toEqual(['南區', '屯門']);
  });
});

describe('a verdict, then the sentence passed on a later day (round 55, after the review)', () => {
  it('reads the sentence as the incident, on its day, at the court the verdict names', () => {
    const a = parsePage('判囚30個月\n\n一名前物業經理去年挪用管理費約128萬元，上周三（1日）在區域法院被裁定盜竊罪成，昨日被判監禁30個月。', { issueDate: '2026-04-10' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso, e.location])).toEqual([['other', '昨日被判监禁30个月', '2026-04-09', '区域法院']]);
  });
});
