// The seven dated sentences of a State Council holiday notice for 2027 as it would be published
// (the real one was not out when these tests were written), for the notice parser's tests.
export const NOTICE_2027_ITEMS = [
  "一、元旦：1月1日（周五）至3日（周日）放假，共3天。",
  "二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月13日（周六）上班。",
  "三、清明节：4月3日（周六）至5日（周一）放假，共3天。",
  "四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）上班。",
  "五、端午节：6月9日（周三）放假，共1天。",
  "六、中秋节：9月15日（周三）放假，共1天。",
  "七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。",
];
