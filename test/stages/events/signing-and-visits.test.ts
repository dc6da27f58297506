// Signings witnessed and signings by a list, an inspection named after 展开…的, a call to act that is no event,
// an award won by the body that opens the clause before (round 38). Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const article = (text: string) => parsePage(text, { issueDate: '2025-12-12' }).articles[0]!;

describe('signings', () => {
  const a = article('本报讯 发展局局长韦启航昨日在九龙湾某某创新中心见证香港滨江大学与惠州市人民政府签署合作备忘录。同场另有两家企业签署入驻协议，包括丰源科技有限公司及海川数码集团。');
  const [mou, tenancy] = a.events.filter((e) => e.type === 'signing');

  it('gives the parties after 见证; the one who witnesses is no party', () => {
    expect(mou!.participants.map((p) => p.name)).toEqual(['香港滨江大学', '惠州市人民政府']);
    expect(a.officials.find((p) => p.name === '韦启航')?.roles).not.toContain('party');
  });

  it('places the signing where the witness was', () => {
    expect(mou!.location).toContain('某某创新中心');
  });

  it('takes the signers from the 包括 list after a clause that names none', () => {
    expect(tenancy!.participants).toEqual([
      { name: '丰源科技有限公司', role: 'party' },
      { name: '海川数码集团', role: 'party' },
    ]);
  });
});

describe('inspections and calls', () => {
  it('names an inspection begun (展开为期两日的某地考察) by what follows 的', () => {
    const a = article('本报讯 政务司司长尹志坚昨日率团抵达佛山，展开为期两日的大湾区考察。');
    expect(a.events.find((e) => e.type === 'inspection')?.name).toBe('大湾区考察');
  });

  it('takes no new inspection from one named again (是次考察亦有…随行)', () => {
    const a = article('本报讯 政务司司长尹志坚昨日率团抵达佛山，展开为期两日的大湾区考察。是次考察亦有多名议员随行。');
    expect(a.events.filter((e) => e.type === 'inspection')).toHaveLength(1);
  });

  it('takes no release from a suggestion (建议中心定期公布…)', () => {
    const a = article('本报讯 协会会长易思敏表示，她建议中心定期公布研发成果及技术转移数字。');
    expect(a.events.filter((e) => e.type === 'release')).toEqual([]);
  });
});

describe('awards', () => {
  it('gives an award to the body that opens the clause before (乙公司凭某产品，获颁「某奖」)', () => {
    const a = article('本报讯 颁奖典礼昨日举行。乐安科技（香港）有限公司凭智能床垫，获颁「创新照顾服务奖」。');
    expect(a.awards.find((w) => w.name === '创新照顾服务奖')?.recipients).toEqual(['乐安科技（香港）有限公司']);
  });
});

describe('a signing told again (round 45, written blind)', () => {
  it('reads 签署备忘录 after 签署《某某合作备忘录》, and the bare 仪式 after it, as that signing, not as events of their own', () => {
    const a = article('本报讯 南宁市科技局与柳州市科技局昨日在柳州国际会展中心签署《两市科技合作备忘录》。南宁市科技局局长万启明与柳州市科技局局长陶立新代表双方签署备忘录。出席仪式的还有柳州市科技局副局长韦嘉怡。');
    expect(a.events.map((e) => [e.type, e.name, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['signing', '两市科技合作备忘录', ['南宁市科技局:party', '柳州市科技局:party', '万启明:party', '陶立新:party', '韦嘉怡:attendee']],
    ]);
  });
});

describe('a rite of an opening ceremony (round 45, written blind)', () => {
  it('is part of the ceremony: those who officiate at the 亮灯仪式 take part in the 开幕典礼', () => {
    const a = article('本报讯 星桥数据控股有限公司的新数据中心昨日举行开幕典礼。创新科技及工业局副局长唐永明主礼，与集团主席严国华一同主持亮灯仪式。');
    expect(a.events.map((e) => [e.type, e.name])).toEqual([['ceremony', '开幕典礼']]);
    expect(a.events[0]!.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['唐永明', '严国华']));
  });
});

describe('a body that holds a meeting at a place (round 45, written blind)', () => {
  it('holds it where 在 says (某委员会昨（29）日上午在立法会综合大楼举行会议)', () => {
    const a = article('本报讯 立法会房屋事务委员会昨（11）日上午在立法会综合大楼举行会议，讨论过渡性房屋。');
    expect(a.events.map((e) => [e.type, e.name, e.location])).toEqual([['meeting', '立法会房屋事务委员会会议', '立法会综合大楼']]);
  });
});

describe('grades of an award and an award named after its kind (round 45, written blind)', () => {
  it('gives the 大奖金奖 to the award named in quotation marks, and reads 获颁个人奖项「某某奖」', () => {
    const a = article('本报讯 「2025年度绿色先锋企业大奖」颁奖典礼昨晚举行。大奖金奖由恒丰地产发展有限公司夺得。汇晴环保科技创办人石家明更获颁个人奖项「绿色领袖奖」。');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['2025年度绿色先锋企业大奖', ['恒丰地产发展有限公司']], ['绿色领袖奖', ['石家明']]]);
  });
});

describe('two events told as one with 暨 (round 46, written blind)', () => {
  it('is the first, named by its head (「某某大奖」颁奖典礼暨新春晚宴 … 举行 is the award ceremony)', () => {
    const a = article('本报讯 由香港优质营商协会主办的「2025年度香港优质企业大奖」颁奖典礼暨新春晚宴昨晚在尖沙咀一间酒店举行。');
    expect(a.events.map((e) => [e.type, e.name, e.location])).toEqual([['ceremony', '「2025年度香港优质企业大奖」颁奖典礼', '尖沙咀一间酒店']]);
  });
});

describe('a visit told by the Hong Kong word 探访 (round 47, written blind)', () => {
  it('is an inspection where someone named visits, once an article', () => {
    const a = article('本报讯 港澳办副主任石立锋昨日下午在民政及青年事务局局长苗绮琪陪同下，到观塘区探访基层家庭及独居长者。石立锋一行首先到秀茂坪邨，探访两户独居长者。');
    expect(a.events.filter((e) => e.type === 'inspection').map((e) => [e.name, e.trigger, e.date?.iso, e.location])).toEqual([
      ['观塘区探访基层家庭及独居长者', '探访', '2025-12-11', '观塘区'],
    ]);
  });

  it('is no inspection where a team visits, or someone speaks of visits', () => {
    const a = article('本报讯 关爱队去年共探访区内逾一万户长者。区议员甘子健又指，计划会与关爱队的探访工作互相配合。他感谢队员在寒冷天气期间探访区内长者。');
    expect(a.events.filter((e) => e.type === 'inspection')).toEqual([]);
  });
});

describe('a press event that launches something (round 47, written blind)', () => {
  it('is a launch where the sentence tells what it launched (举行发布会，推出…「某某」), a release where it does not', () => {
    const launch = article('本报讯 本地初创企业香港云矩科技有限公司昨日在数码港举行发布会，推出人工智能助手「粤语通」。');
    expect(launch.events.map((e) => [e.type, e.name, e.location])).toEqual([['launch', '发布会', '数码港']]);
    const release = article('本报讯 统计处昨日举行发布会，公布最新失业率。');
    expect(release.events.find((e) => e.name === '发布会')?.type).toBe('release');
  });
});

describe('launches of a 星島 page (round 49, written blind)', () => {
  const launches = (text: string) => parsePage(`【星岛日报报道】${text}`, { issueDate: '2026-02-27' }).articles[0]!.events.map((e) => [e.type, e.name, e.date?.iso, e.location]);

  it('reads a facility put to use on a day set for it, its place a list after 在', () => {
    expect(launches('首批三个自助借书站将于本周日（3月1日）在屯门、沙田及观塘三间公共图书馆外启用。')).toEqual([
      ['launch', '首批三个自助借书站', '2026-03-01', '屯门、沙田及观塘三间公共图书馆外'],
    ]);
  });

  it('reads nothing where teams are put to service, or a centre already opened, which its ceremony tells', () => {
    expect(launches('全港四百多支关爱队已全面投入服务。')).toEqual([]);
    expect(launches('研究中心昨日在科学园正式启用。').filter((e) => e[0] === 'launch')).toEqual([]);
  });

  it('reads a press event that presents a first product as a launch (举行发布会，推出首款…)', () => {
    expect(launches('本地企业翠能科技有限公司昨日在香港科学园举行发布会，推出首款在港组装的氢燃料电池小巴。').map((e) => e[0])).toEqual(['launch']);
  });
});

describe('meetings and verbs of a 星島 page (round 49, written blind)', () => {
  const events = (text: string) => parsePage(`【星岛日报报道】${text}`, { issueDate: '2026-02-27' }).articles[0]!.events.map((e) => [e.type, e.name, e.date?.iso]);

  it('reads a committee that meets (开会), named by the body', () => {
    expect(events('荃湾区议会辖下的交通及运输委员会前日开会，讨论海滨长廊的单车安全问题。')).toEqual([
      ['meeting', '荃湾区议会辖下的交通及运输委员会会议', '2026-02-25'],
    ]);
  });

  it('reads no launch in a start delayed (拖延开工), and no host in meeting the press (会见传媒)', () => {
    expect(events('东主收取订金后便以各种藉口拖延开工，最终关闭门市。')).toEqual([]);
    const a = parsePage('【星岛日报报道】高级警司郝伟文昨日在警察总部会见传媒时表示，集团已被捣破。', { issueDate: '2026-02-27' }).articles[0]!;
    expect(a.officials.find((p) => p.name === '郝伟文')?.roles).not.toContain('host');
  });
});

describe('a resident quoted in a story of a meeting (round 49, written blind)', () => {
  it('speaks, but not at the meeting', () => {
    const a = parsePage('【星岛日报报道】立法会房屋事务委员会昨日召开特别会议。局长甄美华表示，单位下月入伙。轮候公屋七年的市民卫芷兰昨日在大楼外表示，她希望尽快上楼。', { issueDate: '2026-02-27' }).articles[0]!;
    const meeting = a.events.find((e) => e.type === 'meeting')!;
    expect(meeting.participants.map((p) => p.name)).toContain('甄美华');
    expect(meeting.participants.map((p) => p.name)).not.toContain('卫芷兰');
    expect(a.people.find((p) => p.name === '卫芷兰')?.roles).toContain('speaker');
  });
});

describe('awards of a sector and presenters together (round 49, written blind)', () => {
  const a = article('本报讯 「2025香港绿色社区大奖」昨日在沙田大会堂举行颁奖典礼，民政及青年事务局局长柯伟明担任主礼嘉宾，联同青年事务委员会主席甘志远 BBS, JP颁发奖项。丰泰物业管理有限公司凭旗下屋苑的节能计划，连续第二年夺得物业管理界别金奖；而非牟利机构明晖社区协会则获颁公营机构及非牟利机构界别金奖。');

  it('gives a sector\'s award to the body that opens the clause before, and reads a long award name after 获颁', () => {
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['物业管理界别金奖', ['丰泰物业管理有限公司']],
      ['公营机构及非牟利机构界别金奖', ['明晖社区协会']],
    ]);
  });

  it('makes the one who officiates a presenter too when he presents 联同 others', () => {
    const ceremony = a.events.find((e) => e.type === 'ceremony')!;
    expect(ceremony.participants.filter((p) => p.role === 'presenter').map((p) => p.name)).toEqual(['柯伟明', '甘志远']);
  });
});

describe('an appointment and an officiating guest (round 50, written blind)', () => {
  it('reads 某某获委任为某职 as a personnel event, its party the one named before 获, on the day it takes effect', () => {
    const a = parsePage('本报讯 政府昨日公布，运输署副署长庞家栋获委任为路政署署长，由明日（12日）起生效。', { issueDate: '2025-12-11' }).articles[0]!;
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso, e.participants])).toEqual([['personnel', '路政署署长', '2025-12-12', [{ name: '庞家栋', role: 'party' }]]]);
    expect(a.officials.find((p) => p.name === '庞家栋')?.roles).toEqual(['party']);
  });

  it('reads a 结业礼 as a ceremony, and one who 出席主礼时表示 as its officiating guest who speaks', () => {
    const a = article('本报讯 「跨代数码大使」计划昨日在红磡理大校园举行结业礼。保安局副局长钟启航出席主礼时表示，去年不少长者堕入骗案。');
    const ceremony = a.events.find((e) => e.type === 'ceremony')!;
    expect([ceremony.name, ceremony.participants.map((p) => `${p.name}:${p.role}`)]).toEqual(['结业礼', ['钟启航:guest', '钟启航:speaker']]);
  });
});

describe('press events that announce (round 50, written blind)', () => {
  it('reads a press conference held to announce a measure (举行记者会，宣布…) as the announcement', () => {
    const a = article('本报讯 劳工及福利局局长郁振明昨日在政府总部举行记者会，宣布由下月1日起增加3000张服务券。');
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['release', '记者会', '2025-12-11']]);
  });

  it('keeps a press conference that publishes a titled work a meeting, the work its own release', () => {
    const a = article('本报讯 消费者委员会昨日举行记者会，公布最新一期《选择》月刊的测试结果。');
    expect(a.events.some((e) => e.name === '记者会')).toBe(true);
    expect(a.events.find((e) => e.name === '记者会')?.type).not.toBe('release');
  });

  it('reads a launch event that announces an opening (举行发布会，宣布商场将于下月开幕) as a launch', () => {
    const a = article('本报讯 宏信置业旗下商场「启汇坊」昨日举行发布会，宣布商场将于下月18日开幕。');
    expect(a.events.find((e) => e.name.endsWith('发布会'))?.type).toBe('launch');
  });

  it('keeps a portfolio in brackets after the post in the title (社会福利署副署长（服务）某某)', () => {
    const a = article('本报讯 社会福利署副署长（服务）邬子锋补充，署方会先向长者发信。');
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['邬子锋', ['社会福利署副署长（服务）']]]);
  });
});

describe('what the review of round 50 asked for', () => {
  it('gives an appointment only to the one named right before 获, not to a speaker earlier in the sentence', () => {
    const a = article('本报讯 署长李晓明表示，本署获委任为统筹机构。');
    expect(a.events.flatMap((e) => e.participants).filter((p) => p.role === 'party')).toEqual([]);
    expect(a.officials.find((p) => p.name === '李晓明')?.roles ?? []).not.toContain('party');
  });

  it('keeps a photo\'s marker out of a title (署长（上图）某某)', () => {
    const a = article('本报讯 社会福利署署长（上图）李晓明表示，当局会跟进。');
    expect([...a.officials, ...a.people].flatMap((p) => p.titles).filter((x) => x.includes('图'))).toEqual([]);
  });
});

describe('who does not take part (round 50, written blind)', () => {
  it('gives no award to the subject of a sentence whose relative clause says 被评为「…」的', () => {
    const a = article('本报讯 社会福利署副署长邬子锋补充，署方会先向被评为「严重缺损」的长者发信。');
    expect(a.officials.find((p) => p.name === '邬子锋')?.roles).not.toContain('awardee');
  });

  it('keeps one of the public introduced by an age in brackets from speaking at an announcement', () => {
    const a = article('本报讯 劳工及福利局局长郁振明昨日举行记者会，宣布增加3000张服务券。照顾丈夫的龚秀英（68岁）说，已轮候服务券逾一年。');
    expect(a.events.find((e) => e.type === 'release')!.participants.map((p) => p.name)).not.toContain('龚秀英');
  });
});

describe('a show unveiled and sides that meet (round 51, written blind)', () => {
  const events = (text: string) => parsePage(text, { issueDate: '2026-03-13' }).articles[0]!.events.map((e) => [e.type, e.name, e.participants.map((p) => `${p.name}:${p.role}`)]);

  it('reads a show unveiled (「某某博覽」昨日揭幕) as its opening ceremony, those officiating as its guests', () => {
    expect(events('【香港文匯報訊】由青年創科聯盟主辦的「2026青年創科博覽」昨（12日）在灣仔會展中心揭幕，政務司司長甄浩然及創新科技及工業局副局長鄺子銘主禮。')).toEqual([
      ['ceremony', '2026青年创科博览开幕', ['甄浩然:guest', '邝子铭:guest']],
    ]);
  });

  it('reads a plaque unveiled as an unveiling', () => {
    expect(events('【本報訊】體育館的紀念石碑昨日揭幕。').map((e) => e.slice(0, 2))).toEqual([['unveiling', '纪念石碑揭幕']]);
  });

  it('reads two sides who meet (与某某会面) as a meeting, both attending; met on a visit, the visitor its guest', () => {
    expect(events('【香港文匯報訊】醫務衞生局局長詹慧文昨（12日）在政府總部與深圳市衞生健康委員會副主任譚國明會面。')).toEqual([['meeting', '与深圳市卫生健康委员会副主任谭国明会面', ['詹慧文:attendee', '谭国明:attendee']]]);
    expect(events('【香港文匯報訊】醫務衞生局局長詹慧文昨（12日）率團到深圳，視察醫院，並與深圳市衞生健康委員會副主任譚國明會面。').find((e) => e[0] === 'meeting')![2]).toEqual(expect.arrayContaining(['詹慧文:guest', '谭国明:host']));
  });
});

describe('a festival to come and a route opened (round 51, written blind)', () => {
  const events = (text: string) => parsePage(text, { issueDate: '2026-03-13' }).articles[0]!.events.map((e) => [e.type, e.name, e.date?.iso]);

  it('reads a festival set for two days, its year inside the quotation marks, as a gathering of its own kind', () => {
    expect(events('【香港文匯報訊】由北區區議會合辦的「北區鄉村文化節2026」將於明日（14日）及本周日（15日）在上水遊樂場舉行，節目包括舞麒麟。')).toEqual([['other', '北区乡村文化节2026', '2026-03-14']]);
    expect(events('【香港文匯報訊】「沙田美食節」於本月14日在沙田公園舉行。')).toEqual([['other', '沙田美食节', '2026-03-14']]);
  });

  it('reads a route a company opens (開辦新路綫「X69」) as a launch, but no course it runs', () => {
    expect(events('【香港文匯報訊】九龍巴士公司宣布，由下周一（16日）起開辦新路綫「X69」，來往天水圍及啟德。')).toEqual([['launch', '新路线「X69」', '2026-03-16']]);
    expect(events('【香港文匯報訊】中心下月起開辦長者電腦課程。')).toEqual([]);
  });
});

describe('what the review of round 51 asked for (Chinese)', () => {
  const events = (text: string) => parsePage(text, { issueDate: '2026-03-13' }).articles[0]!.events.map((e) => [e.type, e.name]);

  it('reads no route opened inside 公开通报 or 打开通道', () => {
    expect(events('本报讯 民航局昨日公开通报航班延误情况。')).toEqual([]);
  });
});
