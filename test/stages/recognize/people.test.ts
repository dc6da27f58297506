// People who hold no office: named after an occupation, or not named at all. Names are invented.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../../src/index.js';

const text = `本报讯 龙凤村茶农罗启秀、果农田永福等10人获评“十佳”茶农，小茶叶成了群众增收致富的“金叶子”。`;
const [article] = parsePage(text, { issueDate: '2023-12-06' }).articles;

describe('people of a village story', () => {
  it('finds a name after an occupation, with the occupation as its title', () => {
    expect(article!.people.map((p) => [p.name, p.titles])).toEqual([['罗启秀', ['茶农']], ['田永福', ['果农']]]);
    expect(article!.officials).toEqual([]);
  });

  it('takes no quoted word for a name, though it looks like one (“金叶子”)', () => {
    expect(article!.people.map((p) => p.name)).not.toContain('金叶子');
  });
});

describe('transliterated words after a verb of a match', () => {
  it('are teams, not players (输给布莱克本)', () => {
    const [a] = parsePage('球队在联赛杯中输给布莱克本的比赛后，主教练表示不满。', { issueDate: '2023-12-06' }).articles;
    expect(a!.people).toEqual([]);
  });
});

describe('names before an honorific', () => {
  it('are people (某某先生, 某某女士), but a trade before 先生 is not (教书先生)', () => {
    const [a] = parsePage('香港邵一夫先生为学校捐资建楼，王晓红女士表示感谢。这位教书先生很有名。', { issueDate: '2023-12-06' }).articles;
    expect(a!.people.map((p) => p.name)).toEqual(['邵一夫', '王晓红']);
  });
});

describe('a name before 说 that opens its clause', () => {
  it('is a person (某某说，), but not after a preposition (对记者说)', () => {
    const [a] = parsePage('陈和生说，新材料已经量产。他对记者说，情况很好。', { issueDate: '2023-12-06' }).articles;
    expect(a!.people.map((p) => p.name)).toEqual(['陈和生']);
  });
});

describe('a name right before its post (data/name-posts.tsv)', () => {
  const people = (text: string) => {
    const [a] = parsePage(text, { issueDate: '2023-12-06' }).articles;
    return [...a!.officials, ...a!.people].map((p) => [p.name, p.titles]);
  };

  it('takes a full name before a post that may follow it (某某行长)', () => {
    expect(people('报告会上，林志成行长分析了形势。')).toEqual([['林志成', ['行长']]]);
  });

  it('takes a surname alone as a form of address (王书记, 李老师)', () => {
    expect(people('王书记来到村里，李老师陪同。')).toEqual([['王', ['书记']], ['李', ['老师']]]);
  });

  it('does not take a word of its own for a surname (原市长, 向局长汇报, 班主任)', () => {
    expect(people('，向局长汇报工作。原市长也来了。请班主任讲话。').map(([n]) => n)).toEqual([]);
  });

  it('takes a transliterated name before a head of state where a word may start', () => {
    expect(people('会见时，穆萨里克总统表示欢迎。')).toEqual([['穆萨里克', ['总统']]]);
  });
});

describe('names standing alone (the name model)', () => {
  const names = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => m.text);

  it('does not start a name inside an ordinary word (非常 before 常…)', () => {
    expect(names('瑞典人非常喜欢中国茶。')).toEqual([]);
  });

  it('takes no ordinary word for a name, nor a place unit (高深, 某某村)', () => {
    expect(names('这样才能使高深的知识惠及天下。')).toEqual([]);
    expect(names('龙凤村茶园丰收。')).toEqual([]);
  });

  it('may follow a word for a role or kin in apposition (专员某某, 班长某某, 夫人某某)', () => {
    expect(names('行署专员吴守农等领导出席。')).toEqual(['吴守农']);
    expect(names('三班班长赵华说，大家都很努力。')).toEqual(['赵华']);
    expect(names('他携夫人吴少农等出席。')).toEqual(['吴少农']);
  });
});

describe('a name before a doctrine or a memorial word', () => {
  it('is a person (某某理论, 某某诞辰)', () => {
    expect(annotate('认真学习王建华理论。').filter((m) => m.label === 'person').map((m) => m.text)).toEqual(['王建华']);
  });
});

describe('an affiliation written by a bare head noun', () => {
  it('points back to the body named last with that head (公司董事长, 研究院首席科学家)', () => {
    const [a] = parsePage('本报讯 市长走进恒翼动力电池有限公司察看生产线。公司董事长龚海文介绍了情况。随后来到长三角清源研究院，听取研究院首席科学家谭一明的介绍。', { issueDate: '2023-06-30' }).articles;
    const aff = Object.fromEntries(a!.people.map((p) => [p.name, p.affiliation]));
    expect(aff['龚海文']).toBe('恒翼动力电池有限公司');
    expect(aff['谭一明']).toBe('长三角清源研究院');
  });
});

describe('surnames that are mostly prepositions', () => {
  it('reads 向 before an ordinary word or a verb as the preposition, but keeps a 向 named by a title', () => {
    const names = (text: string) => parsePage(`本报讯 ${text}`, { issueDate: '2023-06-30' }).articles[0]!;
    expect(names('鼓励市民先向家庭医生求诊，并向长者介绍计划。').people).toEqual([]);
    expect(names('副市长向明华出席会议。向明华指出，要加强合作。').officials.map((p) => p.name)).toEqual(['向明华']);
  });
});

describe('transliterated names standing alone', () => {
  const persons = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => [m.text, m.rule]);

  it('are names before a verb of speech, though some of their characters are rarer ones (某某某说，)', () => {
    expect(persons('哈米比说，双方的合作前景广阔。')).toEqual([['哈米比', 'person.foreign-free']]);
  });

  it('are names before an honorific, two typical characters included (某某先生, 某某女士)', () => {
    expect(persons('我们祝贺卡洛特先生当选，莎琳女士也发了贺信。')).toEqual([
      ['卡洛特', 'person.foreign-free'],
      ['莎琳', 'person.foreign-free'],
    ]);
  });

  it('are no names when the two characters make an ordinary word (马上说，)', () => {
    expect(persons('他马上说，会议推迟。')).toEqual([]);
  });
});

describe('transliterated names after a title', () => {
  const persons = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => m.text);

  it('may hold one of the rarer characters and end before an adverb (主席某某某也表示)', () => {
    expect(persons('该国央行主席格伦斯潘也表示，利率将保持不变。')).toEqual(['格伦斯潘']);
  });

  it('with a middle dot take neither the end of the post before them nor the verb after them', () => {
    expect(persons('理事会主席尼科拉·维登希望会议成功。')).toEqual(['尼科拉·维登']);
  });

  it('run to the end of their typical characters after a bare post, whatever follows (总统某某某竞选)', () => {
    expect(persons('现任总统拉莫科竞选连任。')).toEqual(['拉莫科']);
    expect(persons('市长王立新出席。')).toEqual(['王立新']);
  });
});

describe('Japanese names', () => {
  const persons = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => [m.text, m.rule]);

  it('after a title keep the whole given name, and the family name alone is a later mention', () => {
    expect(persons('日本外相山本健一郎今天在东京说，双方达成共识。山本表示满意。')).toEqual([
      ['山本健一郎', 'person.japanese-after-title'],
      ['山本', 'person.coref'], // the family name of the name found before, written again
    ]);
  });

  it('before a post is the family name alone (山本首相)', () => {
    expect(persons('山本首相兑现了承诺。')).toEqual([['山本', 'person.japanese-before-title']]);
  });

  it('leave a Han name of three characters to the Han name model (市长田中华)', () => {
    expect(persons('市长田中华出席会议。')).toEqual([['田中华', 'person.after-title']]);
  });

  it('are no names where the family name is an ordinary word standing alone (山下的帐篷)', () => {
    expect(persons('山很高，山下的帐篷很小。')).toEqual([]);
  });
});

describe('titles with a department or a scope before the post', () => {
  const titled = (text: string) => parsePage(text, { issueDate: '2024-04-19' }).articles[0]!.people.map((p) => [p.name, p.titles, p.affiliation ?? null]);

  it('keep an academic department inside the title, the university named before it as the affiliation', () => {
    expect(titled('本报讯 香港理工大学土木及环境工程学系教授韦嘉伦分析指，雨量上升。')).toEqual([['韦嘉伦', ['香港理工大学土木及环境工程学系教授'], '香港理工大学']]);
  });

  it('keep a scope or a portfolio before the post (全球行政总裁, 董事会主席, 研究及发展副校长)', () => {
    expect(titled('本报讯 博诺集团全球行政总裁林德昌表示，董事会主席甘家伦与研究及发展副校长卜志强出席。').map(([, t]) => t)).toEqual([
      ['博诺集团全球行政总裁'], ['董事会主席'], ['研究及发展副校长'],
    ]);
  });

  it('keep a grade or a single portfolio before the post (顾问医生, 研究副校长)', () => {
    expect(titled('本报讯 老人科顾问医生莫嘉颖表示，研究副校长祝文轩出席。').map(([, t]) => t)).toEqual([['顾问医生'], ['研究副校长']]);
  });
});

describe('a civil-service grade with its field before the post (round 34)', () => {
  const officials = (text: string) => parsePage(text, { issueDate: '2025-11-14' }).articles[0]!.officials.map((p) => [p.name, p.titles]);

  it('keeps rank and field inside the title of an office of a department (运输署高级运输主任, 房屋署高级房屋事务经理)', () => {
    expect(officials('本报讯 运输署高级运输主任齐永邦出席会议时回应，房屋署高级房屋事务经理白文轩表示同意。')).toEqual([
      ['齐永邦', ['运输署高级运输主任']], ['白文轩', ['房屋署高级房屋事务经理']],
    ]);
  });

  it('but before a unit head written with the unit\'s word, a field is the unit\'s name and a rank is the title\'s (交通局长, 助理署长)', () => {
    expect(officials('本报讯 交通局长甘雅婷说明，社会福利署助理署长祁美文出席。')).toEqual([
      ['甘雅婷', ['交通局长']], ['祁美文', ['社会福利署助理署长']],
    ]);
  });
});

describe('an office that serves a region of its body', () => {
  it('keeps the region between the body and the post inside the title, and the body makes it an office (渠务署新界北区总工程师)', () => {
    const a = parsePage('本报讯 会议由主席游家达主持，渠务署新界北区总工程师欧嘉聪出席。', { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toContainEqual(['欧嘉聪', ['渠务署新界北区总工程师']]);
  });

  it('… and a place with a compass point of it the same way (消防处九龙西区副区长)', () => {
    const a = parsePage('本报讯 消防处九龙西区副区长车明远表示，火警起因有待调查。', { issueDate: '2026-02-06' }).articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['车明远', ['消防处九龙西区副区长']]]);
  });
});

describe('a status before a name', () => {
  it('names the person (居民某某, 村民某某) without being a title of theirs', () => {
    const a = parsePage('本报讯 住在天瑞邨的居民梁伟强表示，每逢大雨便会积水。村民黄启远也说要改善。', { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([['梁伟强', []], ['黄启远', []]]);
  });

  it('reads a kin term or a role in the news (其妻子某某, 患者某某) the same way', () => {
    const a = parsePage('本报讯 其妻子刘秀英说，日子越过越好。患者王建国康复出院后表示感谢。', { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([['刘秀英', []], ['王建国', []]]);
  });

  it('takes no name out of a longer word (妇女儿童), nor cuts one short (妻子赵文陶 before no name boundary)', () => {
    const persons = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => m.text);
    expect(persons('妇女儿童活动中心开放，在父亲和朋友们的帮助下完成。')).toEqual([]);
    expect(persons('他的妻子赵文陶无怨无悔地照顾他。')).not.toContain('赵文');
  });

  it('does not cut an organization whose name opens with a status noun (老人活动中心, 妇女儿童活动中心)', () => {
    const orgs = (text: string) => annotate(text).filter((m) => m.label === 'organization').map((m) => m.text);
    expect(orgs('妇女儿童活动中心开放。')).toEqual(['妇女儿童活动中心']);
    expect(orgs('老人活动中心开放。')).toEqual(['老人活动中心']);
  });
});

describe('a bare 主席 or 主任 chairing a meeting', () => {
  const chair = (text: string) => {
    const [a] = parsePage(text, { issueDate: '2024-09-20' }).articles;
    return { officials: a!.officials.map((p) => p.name), people: a!.people.map((p) => p.name) };
  };

  it('holds office when the meeting is a government committee’s (委员会…由主席某某主持)', () => {
    expect(chair('本报讯 全国政协教科卫体委员会昨日召开座谈会，由主任王建明主持。')).toEqual({ officials: ['王建明'], people: [] });
  });

  it('does not when the committee is a company’s, or the sentence names no body', () => {
    expect(chair('本报讯 某某科技有限公司薪酬委员会昨日召开会议，由主席王建明主持。').officials).toEqual([]);
    expect(chair('本报讯 会议昨日召开，由主席王建明主持。').officials).toEqual([]);
  });
});

describe('a police officer of a district, with the rank written after the name (round 21)', () => {
  it('keeps the district between the force and the post in the title, and the rank after the name as one more title', () => {
    const [a] = parsePage('本报讯 警务处油尖警区指挥官钟国栋总警司出席。', { issueDate: '2024-10-18' }).articles;
    expect(a!.officials.map((p) => [p.name, p.titles])).toEqual([['钟国栋', ['警务处油尖警区指挥官', '总警司']]]);
  });
});

describe('posts of Taiwan usage (round-25 page written blind)', () => {
  const tw = (body: string) => parsePage(`記者王雅婷／高雄報導\n${body}`, { issueDate: '2025-02-14' }).articles[0]!;

  it('reads a ministry\'s 次長 as an official, and a 專案經理 or a 組長 of a company as its people', () => {
    const a = tw('經濟部次長林正雄出席。承攬工程的東昇營造股份有限公司專案經理陳冠宇簡報指出，工程進度超前。');
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['林正雄', ['经济部次长']]]);
    expect(a.people.map((p) => [p.name, p.titles, p.affiliation])).toEqual([['陈冠宇', ['东升营造股份有限公司专案经理'], '东升营造股份有限公司']]);
  });

  it('reads a township farmers\' association (鄉農會) as an organization', () => {
    const a = tw('屏東縣萬丹鄉農會總幹事黃志明也到場分享經驗。');
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([['屏东县万丹乡农会', 'association']]);
  });
});

describe('a sub-unit named under its ministry, then alone (round-25 page written blind)', () => {
  const tw = (body: string) => parsePage(`記者王雅婷／高雄報導\n${body}`, { issueDate: '2025-02-14' }).articles[0]!;

  it('reads 農業部漁產署 as one body, 漁產署 after it as the same, and 漁產署長 as its head\'s title', () => {
    const a = tw('農業部漁產署昨（13）日舉行記者會，漁產署長林美玲出席。漁產署統計，產值成長。');
    expect(a.organizations.map((o) => [o.name, o.kind])).toEqual([['农业部渔产署', 'government']]);
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['林美玲', ['渔产署长']]]);
  });

  it('reads the one 陪同視察 as accompanying', () => {
    const a = tw('縣長王大明昨天上午前往工地視察。陪同視察的鎮長李志強表示，工程進度超前。');
    expect(a.officials.find((p) => p.name === '李志强')?.roles).toContain('accompanying');
  });

  it('reads no company in a plant someone builds or enlarges (扩建先进封装厂, 扩厂)', () => {
    expect(tw('東昇半導體股份有限公司將在工業區擴建先進封裝廠，東昇砸百億擴廠。').companies.map((c) => c.name)).toEqual(['东升半导体股份有限公司']);
  });
});

describe('Hong Kong bodies, honours and awards (round-26 page written blind)', () => {
  const hk = (body: string) => parsePage(`【本報訊】${body}`, { issueDate: '2025-03-07' }).articles[0]!;

  it('reads 地政總署 as a government body named by its field, and 區議會主席 after 某某區議會 as that council\'s chair', () => {
    expect(hk('地政總署昨日公布賣地計劃。').organizations.map((o) => o.name)).toEqual(['地政总署']);
    const a = hk('沙田區議會本月4日召開會議，區議會主席、沙田民政事務專員黃志明主持。');
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['黄志明', ['区议会主席', '沙田民政事务专员']]]);
  });

  it('keeps honours after a name (, SBS, MH) out of the way of the verb of speech after them', () => {
    const a = hk('香港品牌促進會會長羅家明, SBS, MH致辭時表示，今屆參賽申請創新高。');
    expect(a.people.find((p) => p.name === '罗家明')?.roles).toContain('speaker');
  });

  it('reads 「某獎」頒予甲及乙, 「某獎」則由甲獲得, and 頒發「某獎」，得獎者包括甲及乙', () => {
    const a = hk('今屆「最佳設計獎」頒予朗晴科技有限公司及綠匯環保集團；「傑出青年企業家獎」則由朗晴科技創辦人麥詠琳獲得。大會另向十家中小企頒發「優異獎」，得獎者包括健源藥業集團及德溢食品有限公司等。');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['最佳设计奖', ['朗晴科技有限公司', '绿汇环保集团']],
      ['杰出青年企业家奖', ['麦咏琳']],
      ['优异奖', ['健源药业集团', '德溢食品有限公司']],
    ]);
  });
});

describe('no company where a verb or a fraud stands before the form (round-27 page written blind)', () => {
  it('reads no company in 騙案集團, 假扮速遞公司, 出借銀行戶口, 欠下財務公司, 擴展至集團', () => {
    const a = parsePage('【本報訊】警方搗破一個電話騙案集團。成員會先假扮速遞公司職員，以代價出借銀行戶口。他當時欠下財務公司債務。東昇集團計劃年內擴展至集團位於觀塘的商場。', { issueDate: '2025-04-11' }).articles[0]!;
    expect(a.companies.map((c) => c.name)).toEqual(['东升集团']);
  });

  it('reads 合作備忘錄簽署儀式 as a signing, a bare 簽署儀式 as a ceremony', () => {
    const types = (body: string) => parsePage(`【本報訊】${body}`, { issueDate: '2025-04-11' }).articles[0]!.events.map((e) => e.type);
    expect(types('兩間公司昨日在商場舉行合作備忘錄簽署儀式。')).toEqual(['signing']);
    expect(types('論壇同日舉行簽署儀式。')).toEqual(['ceremony']);
  });
});

describe('awards and credits of a Hong Kong broadsheet page (round-28 page written blind)', () => {
  const hk = (body: string) => parsePage(`【本報訊】${body}`, { issueDate: '2025-05-16' }).articles[0]!;

  it('reads 全場大獎由…奪得 as an award of its own, 則獲頒優異獎 with no quotation marks, and 獲選為今屆「某某」 as an honour', () => {
    const a = hk('全場大獎由研發生物塑膠的恒綠循環科技有限公司奪得；港灣物流有限公司及碳跡數據有限公司則獲頒優異獎。另外，碳跡數據創辦人施樂謙獲選為今屆「傑出青年環保企業家」。');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['全场大奖', ['恒绿循环科技有限公司']],
      ['优异奖', ['港湾物流有限公司', '碳迹数据有限公司']],
      ['杰出青年环保企业家', ['施乐谦']],
    ]);
  });

  it('closes a story at 撰文：某某 a blank line under its last sentence, and reads an editors\' footer with 美術 as furniture', () => {
    const page = parsePage(['醫管局簽備忘錄', '', '【本報訊】醫管局昨日與深圳市衞健委簽署合作備忘錄。', '', '撰文：麥穎詩', '',
      '本版編輯：鄺嘉敏　美術：柯子朗'].join('\n'), { issueDate: '2025-05-16' });
    expect(page.articles.map((x) => x.byline)).toEqual([['麥穎詩']]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['本版編輯：鄺嘉敏　美術：柯子朗']);
  });
});

describe('directors of a Hong Kong listed company (round-29 page written blind)', () => {
  it('reads 獨立非執行董事 whole, not as 執行董事', () => {
    const a = parsePage('【本報訊】德錦地產獨立非執行董事凌美華表示支持。', { issueDate: '2025-06-13' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([['凌美华', ['独立非执行董事']]]);
  });
});

describe('a commander named with his rank', () => {
  it('ends the name before the rank (某某海军少将) and the fleet before the post (舰队司令)', () => {
    const found = annotate('东海舰队司令韩立明海军中将率编队抵达青岛。').map((m): [string, string] => [m.label, m.text]);
    expect(found).toContainEqual(['person', '韩立明']);
    expect(found).toContainEqual(['title', '司令']);
    expect(found.filter(([, text]) => text.includes('司令') && text !== '司令')).toEqual([]);
  });
});

describe('a street\'s name standing alone', () => {
  it('is the neighbourhood, not a person, where the text gives the street whole (某某大马路)', () => {
    const text = '登记点设于黄德明、氹仔两间门市。仪式在黄德明大马路的分店举行。';
    expect(annotate(text).filter((m) => m.label === 'person')).toEqual([]);
    // (Without the street, the same words name a person.)
    expect(annotate('登记点设于黄德明、氹仔两间门市。').filter((m) => m.label === 'person').map((m) => m.text)).toEqual(['黄德明']);
  });
});

describe('a name bound by a title, written again', () => {
  it('claims its later mention before a place inside it does (麦永乐 again, not 麦 + the town 永乐)', () => {
    const found = annotate('铁路处处长麦永乐出席会议。麦永乐回应时表示会跟进。').map((m) => `${m.label}:${m.text}`);
    expect(found.filter((m) => m === 'person:麦永乐')).toHaveLength(2);
    expect(found).not.toContain('place:永乐');
  });
});

describe('transliterated names after a role', () => {
  it('takes the whole run of typical transliteration characters after a role noun (前锋, 外援, 候选人)', () => {
    const people = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => m.text);
    expect(people('此后，前锋萨瓦里斯两次射门。')).toEqual(['萨瓦里斯']);
    expect(people('巴西外援德里斯将球送入空门。')).toEqual(['德里斯']);
    expect(people('这正是保守党候选人卡斯特拉竞选的口号。')).toEqual(['卡斯特拉']);
  });
});

describe('an honour written after a name', () => {
  it('tells the name, but is no title of it (某某太平绅士)', () => {
    expect(annotate('陈大文太平绅士出席。').map((m) => `${m.label}:${m.text}`)).toEqual(['person:陈大文']);
    const [a] = parsePage('本报讯 医院管理局主席范子文太平绅士主礼。').articles;
    expect(a!.people.map((p) => [p.name, p.titles])).toEqual([['范子文', ['医院管理局主席']]]);
  });
});

describe('a surname and a form of address', () => {
  it('is no name before an adverb (邓太亦说: Mrs Deng also said)', () => {
    expect(annotate('另一名村民邓太亦说：工程好。陈生也表示支持。').filter((m) => m.label === 'person')).toEqual([]);
  });
});

describe('a name before 主礼 (round 45, written blind)', () => {
  it('ends there: 主礼, to officiate, is a verb a person does, like 主持 and 出席', () => {
    const [a] = parsePage('本报讯 新数据中心昨日开幕，香港科技园公司主席尹肇明主礼。', { issueDate: '2026-01-30' }).articles;
    expect(a!.people.map((p) => [p.name, p.titles, p.roles])).toEqual([['尹肇明', ['香港科技园公司主席'], ['guest']]]);
  });
});

describe('a district\'s short name in a list of places (round 45, written blind)', () => {
  it('is no person (罗湖、落马洲支线), where the same two characters alone may be a name', () => {
    const names = (text: string) => annotate(text).filter((m) => m.label === 'person').map((m) => m.text);
    expect(names('预计罗湖、落马洲支线及深圳湾口岸人流最多。')).toEqual([]);
  });
});

describe('a group\'s post written bare after a conjunction (round 45, written blind)', () => {
  it('points to the holding company named before, not to the last company (与集团主席某某)', () => {
    const [a] = parsePage('本报讯 星桥数据控股有限公司的数据中心昨日开幕，香港科技园公司主席尹肇明主礼，与集团主席严国华一同主持亮灯仪式。', { issueDate: '2026-01-30' }).articles;
    expect(a!.people.map((p) => [p.name, p.affiliation])).toEqual([['尹肇明', '香港科技园公司'], ['严国华', '星桥数据控股有限公司']]);
  });
});
