// annotate() on single sentences: what each recognizer finds, with the rule that found it. Names are invented.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../../src/index.js';

const found = (text: string) => annotate(text).map((m) => `${m.label}:${m.text}`);

describe('titles and the people who hold them', () => {
  it('binds a level-organ title to the name after it, as one title mention', () => {
    expect(found('市委书记王晓明主持召开会议。')).toEqual(['title:市委书记', 'person:王晓明']);
  });

  it('shares a title among a 、-list of names, in order', () => {
    expect(found('市领导张立新、刘文、陈志刚出席。')).toEqual(['title:市领导', 'person:张立新', 'person:刘文', 'person:陈志刚']);
  });

  it('splits a named organ from its post', () => {
    const ms = annotate('省交通运输厅副厅长周明出席会议。');
    expect(ms.map((m) => `${m.label}:${m.text}`)).toEqual(['government:省交通运输厅', 'title:副厅长', 'person:周明']);
  });

  it('splits a ministry written into its post (外交部长: 外交部|长), with the country before it in its name', () => {
    expect(found('智利财政部长马丁内斯表示，外交部长王立平出席。')).toEqual([
      'government:智利财政部', 'title:长', 'person:马丁内斯', 'government:外交部', 'title:长', 'person:王立平',
    ]);
    // The person's title is still the whole title as written, and the ministry an organization of the article.
    const a = parsePage('本报讯 外交部长王立平出席。', { issueDate: '2024-01-01' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['王立平', ['外交部长']]]);
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([['外交部', 'government']]);
  });

  it('splits a bureau written into its post the same way (农业处长: 农业处|长), naming its ministry in the full title', () => {
    expect(found('农业处长林国栋表示')).toEqual(['government:农业处', 'title:长', 'person:林国栋']);
    const a = parsePage('本报讯 内政部营建署长陈立人视察工地。', { issueDate: '2024-01-01' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['陈立人', ['内政部营建署长']]]);
    // After a level word the field belongs to the level's organ, and the title is one mention.
    expect(found('市教育局长王文出席')).toEqual(['title:市教育局长', 'person:王文']);
  });

  it('keeps a foreign country inside the name of its national body (美国国会, 某国国家杜马), but not before a ministry\'s post', () => {
    expect(found('美国国会通过法案，俄罗斯国家杜马表决。')).toEqual(['government:美国国会', 'government:俄罗斯国家杜马']);
    expect(found('智利外交部长马丁内斯表示')).toEqual(['government:智利外交部', 'title:长', 'person:马丁内斯']);
  });

  it('reads a name before 总书记', () => {
    expect(found('深入学习习近平总书记重要讲话精神')).toEqual(['person:习近平', 'title:总书记']);
  });

  it('ends a name where a place of its own begins (记者某某广州报道)', () => {
    expect(found('本报记者林宝广州报道')).toEqual(['title:记者', 'person:林宝', 'place:广州']);
  });

  it('reads who a representative speaks for as part of the title (居民代表, 家长代表)', () => {
    expect(found('居民代表罗丽芳表示欢迎。')).toEqual(['title:居民代表', 'person:罗丽芳']);
  });

  it('does not take a post in an award name for a title', () => {
    expect(found('颁发市长质量奖。')).toEqual([]);
  });

  it('finds later mentions of a name', () => {
    const ms = annotate('市长赵立华出席。大家认真学习了赵立华的讲话。');
    expect(ms.filter((m) => m.label === 'person').map((m) => m.rule)).toEqual(['person.after-title', 'person.coref']);
  });
});

describe('companies', () => {
  it('finds a company by its legal form and stops its left edge at a function word', () => {
    expect(found('并为恒达精密机械集团有限公司颁奖')).toEqual(['company:恒达精密机械集团有限公司']);
  });

  it('keeps a bracketed region inside the name', () => {
    expect(found('与莱茵动力（中国）投资有限公司签约')).toEqual(['company:莱茵动力（中国）投资有限公司']);
  });

  it('does not take a generic reference for a name', () => {
    expect(found('两家公司和保险公司都表示支持')).toEqual([]);
  });

  it('does not take the common word 工厂, a verb and its object (办厂) or counted factories for names', () => {
    expect(found('很多工厂由于资金短缺而停产')).toEqual([]);
    expect(found('他立誓要自己办厂')).toEqual([]);
    expect(found('全乡数十家砖瓦厂陆续关停')).toEqual([]);
  });

  it('starts a name after a generic noun in apposition (合作伙伴, 承办商)', () => {
    expect(found('由合作伙伴新岭电子有限公司组装')).toEqual(['company:新岭电子有限公司']);
    expect(found('承办商富达机电工程有限公司表示')).toEqual(['company:富达机电工程有限公司']);
  });

  it('starts a name after a verb of setting up (下设, 上马)', () => {
    expect(found('集团下设宏远机械厂')).toEqual(['company:宏远机械厂']);
  });

  it('takes no shell company (空壳公司) nor one impersonated (假冒速递公司) for a name, but the company named after', () => {
    expect(found('骗徒假冒速递公司职员致电。集团以空壳公司富域贸易有限公司开设户口。')).toEqual(['company:富域贸易有限公司']);
  });

  it('takes no criminal ring (洗黑钱集团), no verb before 公司 (发现公司), no generic noun after it (公司旗下商场) for a company (round 45)', () => {
    expect(found('警方破获跨境洗黑钱集团。')).toEqual(['government:警方']);
    expect(found('积金局发现公司未有供款。')).toEqual(['organization:积金局']);
    expect(found('他表示，公司旗下商场及写字楼减少碳排放。')).toEqual([]);
  });

  it('starts a body after a count of people (逾二百名关爱队), and takes no verb for its head (博物馆开馆) nor a new one of a kind in a place (将军澳新中心) for a name (round 45)', () => {
    expect(found('逾二百名关爱队队员参与。')).toEqual(['organization:关爱队', 'title:队员']);
    expect(found('香港故宫文化博物馆开馆以来。')).toEqual(['organization:香港故宫文化博物馆']);
    expect(found('星汇数据将军澳新中心开幕。')).toEqual(['place:将军澳']);
    expect(found('受影响的12名住客入住临时庇护中心。')).toEqual([]);
  });

  it('reads a headline where a firm or a government builds something (江门政府企业建研究院) as the actor, not one name (round 46)', () => {
    expect(found('城大伙江门政府企业建研究院')).toEqual(['government:江门政府']);
  });

  it('takes no verb (延长, 转介) into a body\'s name, no diploma (中学文凭) for a school, no games (全运) for a person (round 46)', () => {
    expect(found('中心会延长长者地区中心开放时间。')).toEqual(['organization:长者地区中心']);
    expect(found('有需要时转介学校跟进。')).toEqual([]);
    expect(found('考生参加香港中学文凭考试。')).toEqual(['place:香港']);
    expect(found('他在全运夺得金牌。')).toEqual([]);
  });

  it('takes a short name after 企业 when it ends in an industry word', () => {
    expect(found('获奖企业远航科技作为代表发言')).toEqual(['company:远航科技']);
  });
});

describe('organizations', () => {
  it('starts a name at its place and ends it at its head noun', () => {
    const ms = annotate('这是苏州市农业农村局的做法。');
    expect(ms.map((m) => `${m.label}:${m.text}:${m.rule}`)).toEqual(['government:苏州市农业农村局:org.head:局']);
  });

  it('finds a university with no place before it', () => {
    expect(found('与江南大学签署协议')).toEqual(['organization:江南大学']);
  });

  it('splits coordinated level organs', () => {
    expect(found('按照省委省政府部署')).toEqual(['government:省委', 'government:省政府']);
  });

  it('keeps a bureau\'s field whole though it opens with a boundary character (省经信厅), and 部署 names no office', () => {
    expect(found('由省经信厅牵头落实国务院决策部署')).toEqual(['government:省经信厅', 'government:国务院']);
  });

  it('ends a bureau before 会 when 会 is the modal or opens 会同 (运输署会为…), not before 会议', () => {
    expect(found('首批司机年底抵港，运输署会为他们安排考试。')).toContain('government:运输署');
    expect(found('市教育局会同市财政局下发通知。')).toEqual(['government:市教育局', 'government:市财政局']);
  });

  it('ends a body before 携 (bringing along), the word 携程 aside', () => {
    expect(found('市旅游局携商会企业赴港推介。')).toEqual(['government:市旅游局', 'place:港']);
    expect(found('携程旅行网有限公司发布报告。')).toEqual(['company:携程旅行网有限公司']);
  });

  it('ignores ordinary words that end in a head noun', () => {
    expect(found('年轻干部要服从全局')).toEqual([]);
  });

  it('reads 联邦 as a national level word and 气象台 as an institution', () => {
    expect(found('联邦储备委员会宣布加息')).toEqual(['government:联邦储备委员会']);
    expect(found('据中央气象台预报')).toEqual(['organization:中央气象台']);
  });
});

describe('places', () => {
  it('finds places unit by unit, with the gazetteer', () => {
    expect(found('在江苏省无锡市考察')).toEqual(['place:江苏省', 'place:无锡市']);
  });

  it('reads a district\'s short form right after its own city (广州南沙, 无锡新吴), but a full name after a city stays whole', () => {
    expect(found('基地在广州南沙开园，无锡新吴的企业也来了。')).toEqual(['place:广州', 'place:南沙', 'place:无锡', 'place:新吴']);
  });

  it('reads 某某市长兴县 as two places, not a mayor', () => {
    expect(found('在湖州市长兴县考察')).toEqual(['place:湖州市', 'place:长兴县']);
  });

  it('reads a one-character name right after a town as a village (某某镇余村)', () => {
    expect(found('在天荒坪镇余村考察')).toEqual(['place:天荒坪镇', 'place:余村']);
  });

  it('reads a Hong Kong housing estate (某某邨) after its district, but not the generic 屋邨', () => {
    expect(found('观塘秀茂坪邨的住户在屋邨平台集会')).toEqual(['place:观塘', 'place:秀茂坪邨']);
  });

  it('finds villages listed after a town', () => {
    expect(found('活动在阳山镇桃源村举办')).toEqual(['place:阳山镇', 'place:桃源村']);
  });

  it('does not take 乡村 or 农村 for villages', () => {
    expect(found('推进美丽乡村和农村建设')).toEqual([]);
  });

  it('knows the names Hong Kong and Taiwan papers give foreign places, under the usual name', () => {
    const places = (text: string) => parsePage(text).articles[0]!.places.map((p) => `${p.name} (${p.aliases.join('、')})`);
    expect(places('本報訊 代表團昨日前往紐西蘭及杜拜考察。')).toEqual(['新西兰 (纽西兰)', '迪拜 (杜拜)']);
  });

  it('reads two rivers by their suffix where they meet (某某河与某某河交汇处), 交汇处 being no office', () => {
    expect(found('村子位于梧桐河与石上河交汇处附近。')).toEqual(['place:梧桐河', 'place:石上河']);
  });

  it('takes no place from a railway line named after it (荃湾线列车), but keeps one before 线上 (online)', () => {
    expect(found('模拟一列荃湾线列车驶入站台，港岛线及东铁线加开班次。')).toEqual([]);
    expect(found('广州线上展会开幕。')).toEqual(['place:广州']);
  });

  it('finds countries and natural features from the generic list', () => {
    expect(found('长江流经中国多个省份')).toEqual(['place:长江', 'place:中国']);
  });

  it('reads a short form after a verb that ends a word, or before a place of its own', () => {
    expect(found('球队离开广州前往赛地')).toEqual(['place:广州']);
    expect(found('这批学员来自贵州各地')).toEqual(['place:贵州']);
    expect(found('我们走进甘肃定西市采访')).toEqual(['place:甘肃', 'place:定西市']);
  });
});

describe('every mention', () => {
  it('carries offsets into the input, across line breaks', () => {
    const text = '市委书记王晓\n明主持会议';
    const person = annotate(text).find((m) => m.label === 'person')!;
    expect(person.text).toBe('王晓明');
    expect(text.slice(person.start, person.end)).toBe('王晓\n明');
  });
});

describe('where an organization or company name begins', () => {
  const names = (text: string) => annotate(text).filter((m) => m.label !== 'date' && m.label !== 'place').map((m) => m.text);

  it('takes in an industry word that begins with a boundary character (电 ends datelines, 电影 opens names)', () => {
    expect(names('这部小说日前由湖北电影出版社出版。')).toEqual(['湖北电影出版社']);
  });

  it('starts after a verb of sport or belonging (战胜, 所属)', () => {
    expect(names('昨天在主场战胜捷克队。')).toEqual(['捷克队']);
    expect(names('该集团所属青山轮船旅游总公司今年扩建码头。')).toEqual(['青山轮船旅游总公司']);
  });

  it('starts after a place followed by the region it lies in: the first only says where the body is', () => {
    // (A convention or exhibition venue is a place of its own.)
    expect(found('论坛在灣仔香港會議展覽中心举行')).toEqual(['place:灣仔', 'place:香港會議展覽中心']);
    expect(found('展会在新吴区无锡国际博览中心举行')).toEqual(['place:新吴区', 'place:无锡国际博览中心']);
    expect(found('江苏省无锡市检验中心发布报告')).toEqual(['organization:江苏省无锡市检验中心']);
  });

  it('starts after the verb 建设 before a name of its own, but keeps 建设 as a trade before a head or a trade word', () => {
    expect(names('公司正筹划在东莞松山湖建设第二研发中心。')).toEqual([]);
    expect(names('市城乡建设发展中心和省城乡建设厅政策研究中心发布报告。')).toEqual(['市城乡建设发展中心', '省城乡建设厅政策研究中心']);
  });

  it('starts after a measure word that counts (11处, 一座) and after a verb of seeking or borrowing (争取, 借用)', () => {
    expect(names('全县已有11处公共托婴中心和一座市民服务中心。')).toEqual(['公共托婴中心', '市民服务中心']);
    expect(names('地方争取运动中心已超过十年。')).toEqual(['运动中心']);
    expect(names('铁道部十四局三处丽华服装厂开展活动。')).toEqual(['铁道部十四局三处丽华服装厂']); // 三处: a division, not a count
  });

  it('finds none in going to school or hospital (上大学, 出医院)', () => {
    expect(names('当兵上大学都不是他的选择，他刚出医院就回到岗位。')).toEqual([]);
  });
});

describe('one-character place abbreviations', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);

  it('reads a pair of countries before a relation word as two places', () => {
    expect(places('双方回顾了中美关系的发展。')).toEqual(['中', '美']);
  });

  it('stops the pair before an ordinary word (加强 is no Canada) and reads none in 越来越', () => {
    expect(places('这表明了中美加强合作的重要性。')).toEqual(['中', '美']);
    expect(places('罢工风潮越来越令舆论关注。')).toEqual([]);
    expect(places('这是他最在意的事。')).toEqual([]); // 在 + 意 is no stay in Italy
  });

  it('reads characters that abbreviate a country only in a pair before a relation word (以, 墨, 阿)', () => {
    expect(places('巴以谈判再次陷入僵局。')).toEqual(['巴', '以']);
    expect(places('墨美两国在边境问题上达成一致。')).toEqual(['墨', '美']);
    expect(places('他指出，中、阿建交以来两国关系稳步发展。')).toEqual(['中', '阿']);
    expect(places('这是为了以方便群众为先。')).toEqual([]);
    expect(places('西方国家普遍关注。')).toEqual([]);
  });

  it('reads no Hong Kong in a word that 港 opens (乘搭港铁, 往返港铁站, 买入港股)', () => {
    expect(places('建议市民乘搭港铁至上水站。巴士往返港铁朗屏站。')).toEqual(['上水']);
    expect(places('代表团昨日抵港访问。')).toEqual(['港']);
  });

  it('reads a pair that is also a word (中非) only before a relation word, and 对 + country before a policy word', () => {
    expect(places('关于中非合作，外长作了介绍。')).toEqual(['中', '非']);
    expect(places('该国发展对华关系的政策不变。')).toEqual(['华']);
  });
});

describe('a country name read across two words', () => {
  it('is none (海地 in 沿海地区), but the country stands on its own (海地总统, 前往海地)', () => {
    expect(found('沿海地区农损严重。').filter((m) => m.startsWith('place:'))).toEqual([]);
    expect(found('海地总统访问后，他曾前往海地。').filter((m) => m.startsWith('place:'))).toEqual(['place:海地', 'place:海地']);
  });
});

describe('new areas', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => `${m.text}:${m.rule}`);

  it('names a new area the gazetteer does not list, and a 新城 inside it', () => {
    expect(places('相关技术已在西江新区沣水新城推广。')).toEqual(['西江新区:place.new-area', '沣水新城:place.new-area']);
  });

  it('leaves a district the gazetteer knows to the gazetteer, and a generic 该新区 alone', () => {
    expect(places('上海浦东新区举行活动。')).toEqual(['上海:place.gazetteer-short', '浦东新区:place.gazetteer']);
    expect(places('该新区成立五年。')).toEqual([]);
    // (… and no function word: one who 问及新区 asks about a new area.)
    expect(places('议员林子健则问及新区的交通配套。')).toEqual([]);
  });
});

describe('orchestras, a bureau of primary healthcare, and 昨午 (round-18 Hong Kong page)', () => {
  it('reads an orchestra or a troupe by its head noun, and 基层医疗署 as a government organ', () => {
    expect(found('香港中樂團已進駐，並與基層醫療署合作。')).toEqual(['organization:香港中樂團', 'government:基層醫療署']);
  });

  it('reads 昨午 as yesterday afternoon', () => {
    const d = annotate('雙方昨午簽署備忘錄。', { issueDate: '2024-07-19' }).find((m) => m.label === 'date')!;
    expect(d.text).toBe('昨午');
  });
});

describe('a company named again by its trade name, and generic or verbal company words (round 19)', () => {
  it('reads the trade name alone (绿程智运 after 绿程智运科技控股有限公司) as the company, not a person', () => {
    const ms = annotate('绿程智运科技控股有限公司昨日上市。绿程智运是次公开发售获超额认购。');
    expect(ms.filter((m) => m.label === 'company').map((m) => m.text)).toEqual(['绿程智运科技控股有限公司', '绿程智运']);
    expect(ms.filter((m) => m.label === 'person')).toEqual([]);
  });

  it('reads no company in 目标公司, 可令集团, 得悉公司 or 利用内幕消息买卖公司', () => {
    expect(found('收购目标公司后，可令集团收入增加。被告得悉公司将被收购，利用内幕消息买卖公司股份。').filter((m) => m.startsWith('company'))).toEqual([]);
  });
});

describe('two titles before one name, and a name told before with its own titles (round 19)', () => {
  it('keeps a zone before its committee inside the title (南沙开发区管委会常务副主任) and joins the chain with 、', () => {
    const a = parsePage('本報訊 廣州市南沙區委副書記、南沙開發區管委會常務副主任陳立明出席。協議由前海管理局局長葉振東及陳立明簽署。', { issueDate: '2024-08-16' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([
      ['陈立明', ['广州市南沙区委副书记', '南沙开发区管委会常务副主任']],
      ['叶振东', ['前海管理局局长']],
    ]);
  });
});

describe('a long academic department before a post (round 20)', () => {
  it('keeps the whole department in the title (建筑环境及能源工程学系副教授)', () => {
    const a = parsePage('本報訊 香港理工大學建築環境及能源工程學系副教授潘志明表示認同。', { issueDate: '2024-09-20' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles, p.affiliation])).toEqual([['潘志明', ['香港理工大学建筑环境及能源工程学系副教授'], '香港理工大学']]);
  });
});

describe('a company whose name holds 及', () => {
  it('runs over 及 when the text writes the name whole elsewhere (港深创新及科技园有限公司)', () => {
    expect(found('负责营运园区的港深创新及科技园有限公司主席罗启明出席。港深创新及科技园首批大楼落成。')[0]).toBe('company:港深创新及科技园有限公司');
  });
});

describe('aims and counted kinds are no bodies', () => {
  it('reads 打造成某地国际科技创新中心 as an aim', () => {
    expect(found('我们要把河套打造成粤港澳大湾区国际科技创新中心的重要平台。').filter((m) => m.startsWith('organization'))).toEqual([]);
  });

  it('reads 香港发展国际创新科技中心 as an aim and 兴建一座智能物流中心 as one of a kind', () => {
    expect(found('河套地区是香港发展国际创新科技中心的重要一环。集团将兴建一座智能物流中心。').filter((m) => m.startsWith('organization'))).toEqual([]);
  });
});

describe('a verb before a bare head noun', () => {
  it('takes no name of one character before a head (她说中心…, 跟进中心的), nor a founder\'s verb into a company', () => {
    expect(found('她说中心首年预算约三千万元，会跟进中心的工作。')).toEqual([]);
    expect(found('他与友人创立智能农业感测公司。').filter((m) => m.startsWith('company'))).toEqual(['company:智能农业感测公司']);
  });
});

describe('a trade before an organization head', () => {
  it('is part of the name (律师事务所, 作家协会), not a title of its own', () => {
    expect(found('广东天正律师事务所律师刘伟说。')).toEqual(['organization:广东天正律师事务所', 'title:律师', 'person:刘伟']);
    expect(found('省作家协会主席王立出席。')).toEqual(['organization:省作家协会', 'title:主席', 'person:王立']);
  });
});

describe('villages and communities after a verb of going there', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);

  it('are places (走进某某社区, 来到某某村), but not generic ones (美丽乡村, 示范村)', () => {
    expect(places('志愿者走进青石巷社区，为居民服务。工作组来到桃溪村，看望村民。')).toEqual(['青石巷社区', '桃溪村']);
    expect(places('走进美丽乡村，来到示范村参观。')).toEqual([]);
  });
});

describe('rivers and lakes the lists do not name', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => `${m.text}:${m.rule}`);

  it('are features where the words after them speak of their surroundings (某某湖周边, 某某河沿线, 某某溪畔)', () => {
    expect(places('察看青鉴湖周边环境，介绍了秀川河沿线规划，在云屏溪畔签约。')).toEqual([
      '青鉴湖:place.feature-suffix', '秀川河:place.feature-suffix', '云屏溪:place.feature-suffix',
    ]);
  });

  it('but not a generic word before them (全市河湖沿线)', () => {
    expect(places('加强全市河湖沿线治理。')).toEqual([]);
  });
});

describe('administrative units the gazetteer does not list', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => `${m.text}:${m.rule}`);

  it('are places after a place or a preposition, before a word that ends a name (某县某某镇的, 在某某乡境内)', () => {
    expect(places('他走进陕西岐山县青禾营镇的一家工厂。')).toContain('青禾营镇:place.unit-suffix');
    expect(places('工作组在白桐乡境内调查。')).toEqual(['白桐乡:place.unit-suffix']);
  });

  it('take a transliterated name of a foreign province or state with any ending (拉各斯坦邦等)', () => {
    expect(places('此外，莫拉贾坦邦等地区受灾。')).toEqual(['莫拉贾坦邦:place.unit-suffix']);
  });

  it('but not generic units, words the unit character begins, or a 市 after a preposition alone', () => {
    expect(places('在贫困县工作，到邻省参观，在证券市场交易，回到异国他乡，在温泉市休假。')).toEqual([]);
    expect(places('以“赏红叶、游山乡”为主题。')).toEqual([]);
  });
});

describe('bare head nouns and aims', () => {
  const orgs = (text: string) => annotate(text).filter((m) => m.label === 'organization' || m.label === 'government').map((m) => m.text);

  it('reads a bare head noun as a body only where it names again one told before', () => {
    expect(orgs('两地将合作设立联合实验室。')).toEqual([]);
    expect(orgs('他来到浙江清华长三角研究院，听取研究院首席科学家的介绍。')).toEqual(['浙江清华长三角研究院', '研究院']);
  });

  it('reads no body in an aim (发展成为国际创新科技中心)', () => {
    expect(orgs('推动香港发展成为国际创新科技中心。')).toEqual([]);
  });
});

describe('a category word before a company', () => {
  it('starts the company after it (瑞士药企 + 某某集团, 本地建筑商 + 某某有限公司)', () => {
    const companies = (text: string) => annotate(text).filter((m) => m.label === 'company').map((m) => m.text);
    expect(companies('瑞士药企博诺生物制药集团在港设立研发中心。')).toEqual(['博诺生物制药集团']);
    expect(companies('本地建筑商嘉德建筑工程有限公司承建。')).toEqual(['嘉德建筑工程有限公司']);
  });
});

describe('generic references and aims are no bodies; a paper is one', () => {
  const orgs = (text: string) => annotate(text).filter((m) => m.label === 'organization' || m.label === 'government').map((m) => m.text);

  it('reads no body in 看重本地大学 or 为香港建设国际创新科技中心', () => {
    expect(orgs('他说选择落户主要是看重本地大学的科研实力，为香港建设国际创新科技中心注入新动力。')).toEqual([]);
  });

  it('reads a paper named by its head (某某商报) as a body', () => {
    expect(orgs('活动由本地青年会主办、东方商报协办。')).toContain('东方商报');
  });
});

describe('a Legislative Council panel named by a field that opens with a boundary character', () => {
  it('reads 立法会财经事务委员会 whole (经 is no preposition here)', () => {
    const orgs = annotate('立法会财经事务委员会昨日举行会议。').filter((m) => m.label === 'government').map((m) => m.text);
    expect(orgs).toEqual(['立法会财经事务委员会']);
  });
});

describe('a startup before its company name, and a phrase with 的 after 企业 (round 21)', () => {
  it('starts the name after 本地初创, and reads no company in 企业最重要的资产', () => {
    expect(found('本地初创芝兰本草有限公司创办人何嘉敏获奖。')).toContain('company:芝兰本草有限公司');
    expect(found('品牌是企业最重要的资产。')).toEqual([]);
  });
});

describe('a bare head noun that names a body told before', () => {
  it('is that body again (香港品牌发展促进会 … 促进会会长), its name and the affiliation of its officers', () => {
    const [a] = parsePage('本报讯 由香港品牌发展促进会主办的颁奖典礼昨日举行，促进会会长谭美华致辞。', { issueDate: '2024-10-18' }).articles;
    expect(a!.organizations.map((o) => [o.name, o.aliases])).toEqual([['香港品牌发展促进会', ['促进会']]]);
    expect(a!.people.map((p) => [p.name, p.affiliation])).toEqual([['谭美华', '香港品牌发展促进会']]);
  });
});

describe('Taiwan usage (round 22)', () => {
  it('reads 试办 as a verb, not an office, and starts no body before 纳入', () => {
    expect(found('将在大安区、信义区试办路边停车侦测系统。')).toEqual(['place:大安区', 'place:信义区']);
    expect(found('张家豪建议试办范围应纳入医院及市场周边。')).toEqual(['person:张家豪']);
  });

  it('reads 社会局长 and 工商发展处长 as a bureau\'s head, the field and the head sharing one character', () => {
    // After its city the bureau is the city's, one title; standing alone it is a body of its own and the post 长.
    expect(found('新北市社会局长吴佩珊、工商发展处长邱雅芬出席。')).toEqual([
      'title:新北市社会局长', 'person:吴佩珊', 'government:工商发展处', 'title:长', 'person:邱雅芬',
    ]);
  });
});

describe('a government body written inside its parents (Taiwan pages)', () => {
  it('reads 经济部水利署第三河川分署 as one body, and a numbered unit after its parent (水利署第七河川局) too', () => {
    expect(found('立委杨淑惠邀集经济部水利署第三河川分署副分署长李建志会勘。')).toEqual([
      'title:立委', 'person:杨淑惠', 'government:经济部水利署第三河川分署', 'title:副分署长', 'person:李建志',
    ]);
    expect(found('县府与经济部水利署第七河川局合作。')).toEqual(['government:县府', 'government:经济部水利署第七河川局']);
  });

  it('keeps coordinated organs of one rank apart, reads a count (第二季) as no unit, and 区公所 as a district office', () => {
    expect(found('按照省委省政府部署')).toEqual(['government:省委', 'government:省政府']);
    expect(found('预计明年第二季移交房屋署兴建公屋。')).toContain('government:房屋署');
    expect(found('南屯区公所将召开说明会。')).toEqual(['government:南屯区公所']);
  });
});

describe('Macao government offices (round 23)', () => {
  it('reads a secretariat by its two portfolios (经济财政司, 运输工务司) and a bureau of portfolios joined by 及', () => {
    expect(found('经济财政司司长邓浩霖出席。')).toEqual(['government:经济财政司', 'title:司长', 'person:邓浩霖']);
    expect(found('教育及青年发展局局长韦志坚见证。')).toEqual(['government:教育及青年发展局', 'title:局长', 'person:韦志坚']);
    expect(found('市政署与治安警察局、交通事务局合作。')).toEqual(['government:市政署', 'government:治安警察局', 'government:交通事务局']);
  });

  it('reads no office in Hong Kong\'s 财政司司长, a police rank (总警司) or the surname 司徒', () => {
    expect(found('财政司司长陈茂波表示。')).toEqual(['title:财政司司长', 'person:陈茂波']);
    expect(found('西九龙总区总警司潘志恒表示。').filter((m) => m.startsWith('government'))).not.toContain('government:九龙总区总警司');
    expect(found('联盟会长司徒丽雯表示。').filter((m) => m.startsWith('government'))).toEqual([]);
  });
});

describe('Macao places (round 23)', () => {
  it('reads 横琴 + 粤澳深度合作区 as one zone, but 路环 + 新城 as no zone', () => {
    expect(found('前往横琴粤澳深度合作区巡视。')).toEqual(['place:横琴粤澳深度合作区']);
    expect(found('居民关注路环新城的交通。')).toContain('place:路环');
  });

  it('reads 澳 after a verb of travel as Macao in a text about Macao, else as Australia', () => {
    const places = (text: string) => parsePage(text, { issueDate: '2024-12-13' }).articles[0]!.places.map((p) => p.name);
    expect(places('本报讯 澳门旅游局表示，访澳旅客人次回升。')).toEqual(['澳门']);
    expect(places('本报讯 外长访澳期间举行会谈。')).toEqual(['澳大利亚']);
  });
});

describe('a trade\'s association and a new development area (round 21)', () => {
  it('reads 香港银行公会 as an association, not the company 香港银行, and 古洞北新发展区 as one area', () => {
    expect(found('并邀请香港银行公会代表讲解。')).toEqual(['organization:香港银行公会']);
    expect(found('到北区古洞北新发展区视察。')).toContain('place:古洞北新发展区');
  });
});

describe('a Hong Kong district named by a compass point (round 24)', () => {
  it('opens the name of its own council (北区区议会), so the council\'s chair holds a title of it', () => {
    expect(found('北区区议会主席陆家宝陪同。')).toEqual(['government:北区区议会', 'title:主席', 'person:陆家宝']);
  });
});

describe('bodies and their short names (round-36 Hong Kong page written blind)', () => {
  const spans = (text: string, label: string) => annotate(text).filter((m) => m.label === label).map((m) => m.text);

  it('reads a company by its trade name and one industry word (澄峰环保 of 澄峰环保科技有限公司 style)', () => {
    const text = '大奖由星澜环保科技有限公司夺得。星澜环保创办人李文表示感谢。';
    expect(spans(text, 'company')).toEqual(['星澜环保科技有限公司', '星澜环保']);
  });

  it('reads a 协进会 as an association', () => {
    expect(spans('香港青年科技协进会主席王明表示欢迎。', 'organization')).toEqual(['香港青年科技协进会']);
  });

  it('reads 大学校园 as the university and its campus, and a place before a university named before as a place', () => {
    const ms = annotate('明德大学与某公司昨日在沙田明德大学校园签署合作备忘录。');
    expect(ms.filter((m) => m.label === 'organization').map((m) => m.text)).toEqual(['明德大学', '明德大学']);
    expect(ms.filter((m) => m.label === 'place').map((m) => m.text)).toEqual(['沙田']);
  });
});

describe('streets (round-36 Hong Kong page written blind)', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => `${m.text}:${m.rule}`);

  it('reads a street right after its district, and the district apart', () => {
    expect(places('局长到观塘安达臣道简约公屋项目视察。')).toEqual(['观塘:place.world:county', '安达臣道:place.street']);
  });

  it('reads a street named after a place where the context marks a street (佐敦道一带, 近上海街)', () => {
    expect(places('议员关注佐敦道近上海街一带的交通。')).toEqual(['佐敦道:place.street', '上海街:place.street']);
  });

  it('reads no street in an ordinary word before a street word (试办路边停车, 中央路桥)', () => {
    expect(places('将在信义区试办路边停车。')).toEqual(['信义区:place.world:county']);
    expect(places('中央路桥改建工程已完成。')).toEqual([]);
  });

  it('reads a street after a district only where the name holds no street word (安达 + 臣道设置路 is none)', () => {
    expect(places('警方在安达臣道设置路障。')).not.toContain('臣道设置路:place.street');
  });
});

describe('Macao streets and squares (round-41 Macao page written blind)', () => {
  const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);

  it('reads a 大马路 or a 前地 with the name before it, which is no person (及孙逸仙大马路)', () => {
    const ms = annotate('交通局在青云大马路及孙中山大马路一带实施交通管制，望德堂前地一带人头涌涌。');
    expect(ms.filter((m) => m.label === 'place').map((m) => m.text)).toEqual(['青云大马路', '孙中山大马路', '望德堂前地']);
    expect(ms.filter((m) => m.label === 'person')).toEqual([]);
  });

  it('takes a name of up to five characters where a preposition opens it (位于某某某某大马路)', () => {
    expect(places('会址位于北湾渔港旧大马路的大楼。')).toEqual(['北湾渔港旧大马路']);
  });

  it('reads a square or a park by its word after a preposition, a joint or a line’s start (金莲花广场, 黑沙环公园)', () => {
    const ms = annotate('望洋广场举行升旗仪式。义工在北湾公园及南湾公园派发福袋，仪式在望洋广场隆重举行。');
    expect(ms.filter((m) => m.label === 'place').map((m) => `${m.text}:${m.rule}`)).toEqual([
      '望洋广场:place.square', '北湾公园:place.park', '南湾公园:place.park', '望洋广场:place.square',
    ]);
    expect(ms.filter((m) => m.label === 'person')).toEqual([]);
  });

  it('reads no square or park in an ordinary word or a kind (广场舞, 当前地价, 湿地公园, 文化广场)', () => {
    expect(places('大妈跳广场舞。市场当前地价上涨，政府目前地方债务。在湿地公园，文化广场。')).toEqual([]);
  });

  it('reads no street in 大马路 alone, nor one whose name opens with a street word', () => {
    expect(places('他走在大马路上，看见一辆车。')).not.toContain('大马路');
  });
});

describe('a dialect named after a place', () => {
  it('is no mention of the place (以广东话补充), while 上海话剧 stays a name', () => {
    expect(annotate('他以广东话补充。').filter((m) => m.label === 'place')).toEqual([]);
    expect(found('上海话剧艺术中心演出。')).toEqual(['organization:上海话剧艺术中心']);
  });
});

describe('towns of the gazetteer named by a kind of farm (round-37 Taiwan page written blind)', () => {
  it('reads no place in 农场, 林场, 保税区 or 园艺场 standing alone', () => {
    expect(annotate('学生到农场实习，到林场工作，在保税区和园艺场。').filter((m) => m.label === 'place')).toEqual([]);
  });
});

describe('a Hong Kong page worked through again (round 7)', () => {
  it('starts no body at 晤 (meets) after a place in a headline', () => {
    expect(found('率团访佛山晤市委书记')).toEqual(['place:佛山', 'title:市委书记']);
  });

  it('ends no name in an adverb before a verb of speech (时亦表示: 访问时 + 亦)', () => {
    expect(found('他在接受访问时亦表示欢迎')).toEqual([]);
  });

  it('reads a centre a government department names first as a government body, so its director holds office', () => {
    expect(found('卫生署卫生防护中心总监梁志强表示')).toEqual(['government:卫生署卫生防护中心', 'title:总监', 'person:梁志强']);
    const a = parsePage('本报讯 卫生署卫生防护中心总监梁志强昨日表示，疫苗充足。', { issueDate: '2025-10-10' }).articles[0]!;
    expect(a.officials.map((p) => p.name)).toEqual(['梁志强']);
  });

  it('names no body in 区内学校 (the schools of the district) or 新的研发中心 (a new R&D centre)', () => {
    expect(found('场地予区内学校使用')).toEqual([]);
    expect(found('在北部设立新的研发中心。')).toEqual([]);
  });

  it('ends a body before 营办 (operates) and starts none before the Cantonese 喺 (at)', () => {
    expect(found('计划由九龙城长者服务协会营办，')).toEqual(['organization:九龙城长者服务协会']);
    expect(found('我由中一开始喺油麻地社区中心做义工')).toContain('organization:油麻地社区中心');
  });

  it('names no body in a centre or laboratory of two characters set up or owned (设立研发中心, 对方的共享实验室), but keeps one after a place and 的', () => {
    expect(found('公司计划在科学园设立研发中心。')).toEqual([]);
    expect(found('可互相使用对方的共享实验室。')).toEqual([]);
    expect(found('长沙湾的明爱中心推出服务')).toContain('organization:明爱中心');
  });

  it('reads 电业 as an industry (某某电业集团), and 工业邨 as no estate', () => {
    expect(found('由晋光电业集团主席罗某某颁奖')).toContain('company:晋光电业集团');
    expect(found('集团正研究在将军澳工业邨兴建设施')).toEqual(['place:将军澳']);
  });

  it('links a company named again without the place it opens with (深圳翼飞智能科技有限公司 … 翼飞智能)', () => {
    const ms = annotate('代表团参观了深圳翼飞智能科技有限公司，翼飞智能董事长彭某某介绍。');
    expect(ms.map((m) => `${m.label}:${m.text}:${m.rule}`)).toContain('company:翼飞智能:company.short:repeat');
    const a = parsePage('本报讯 代表团参观了深圳翼飞智能科技有限公司，翼飞智能董事长彭志强介绍。').articles[0]!;
    expect(a.people.map((p) => [p.name, p.affiliation])).toEqual([['彭志强', '深圳翼飞智能科技有限公司']]);
  });

  it('reads a market named after its street as a place (北河街街市, 通州街临时街市), its name after the word before it', () => {
    expect(found('署长先后巡视北河街街市及通州街临时街市。')).toEqual(['title:署长', 'place:北河街街市', 'place:通州街临时街市']);
    expect(found('除北河街街市外')).toEqual(['place:北河街街市']);
  });
});
