package io.github.disclosureauditor.model;

/**
 * What the values of a table column are, named from its header cells. {@code AMOUNT} is the
 * amount of the row's own subject (金额, 预算数, 决算数); the others split the row's amount by
 * purpose (基本/项目), by source of money (财政拨款, 事业收入 …), by economic class, or name a
 * 三公 item when the items are printed as columns. {@code OF_WHICH} columns (其中：…) are
 * parts of their neighbour and never summands.
 */
public enum ColumnMeaning {
    AMOUNT("金额", ""),
    TOTAL("合计", ""),
    ROW_NUMBER("行次", ""),
    BASIC("基本支出", "BASIC"),
    PROJECT("项目支出", "PROJECT"),
    PERSONNEL("人员经费", "PERSONNEL"),
    PUBLIC("公用经费", "PUBLIC"),
    UPPER_PAYMENT("上缴上级支出", "UPPER_PAYMENT"),
    OPERATING_EXPENSE("经营支出", "OPERATING_EXPENSE"),
    AFFILIATE_SUBSIDY("对附属单位补助支出", "AFFILIATE_SUBSIDY"),
    RESERVE("预留机动经费", "RESERVE"),
    CARRY_OUT("年末结转和结余", "CARRY_OUT"),
    CARRY_IN("上年结转", "CARRY_IN"),
    FISCAL("财政拨款", "FISCAL"),
    GENERAL("一般公共预算", "GENERAL"),
    GOV_FUND("政府性基金预算", "GOV_FUND"),
    STATE_CAPITAL("国有资本经营预算", "STATE_CAPITAL"),
    SPECIAL_ACCOUNT("财政专户管理资金", "SPECIAL_ACCOUNT"),
    BUSINESS_INCOME("事业收入", "BUSINESS_INCOME"),
    OPERATING_INCOME("经营收入", "OPERATING_INCOME"),
    UPPER_SUBSIDY("上级补助收入", "UPPER_SUBSIDY"),
    AFFILIATE_INCOME("附属单位上缴收入", "AFFILIATE_INCOME"),
    OTHER_INCOME("其他收入", "OTHER_INCOME"),
    NONFISCAL_BALANCE("使用非财政拨款结余", "NONFISCAL_BALANCE"),
    OTHER_FUNDS("其他资金", "OTHER_FUNDS"),
    OF_WHICH("其中", ""),
    WAGES("工资福利支出", "ECON:301"),
    GOODS_SERVICES("商品和服务支出", "ECON:302"),
    HOUSEHOLD("对个人和家庭的补助", "ECON:303"),
    CAPITAL("资本性支出", "ECON:310"),
    PROJECT_RUNNING("其他运转类", "PROJECT_RUNNING"),
    PROJECT_SPECIFIC("特定目标类", "PROJECT_SPECIFIC"),
    TP_TOTAL("“三公”经费合计", "3P:TOTAL"),
    TP_ABROAD("因公出国(境)费", "3P:ABROAD"),
    TP_CAR("公务用车购置及运行费", "3P:CAR"),
    TP_CAR_BUY("公务用车购置费", "3P:CAR_BUY"),
    TP_CAR_RUN("公务用车运行维护费", "3P:CAR_RUN"),
    TP_RECEPTION("公务接待费", "3P:RECEPTION"),
    MEETING("会议费", "MEETING"),
    ORG_RUNNING("机关运行经费", "ORG_RUN"),
    TRAINING("培训费", "TRAINING"),
    CHANGE_AMOUNT("增减额", ""),
    CHANGE_RATE("增减幅度", ""),
    COMPLETION_RATE("完成率", ""),
    QUANTITY("数量", ""),
    OTHER("其他", "");

    private final String label;
    private final String subject;

    ColumnMeaning(String label, String subject) {
        this.label = label;
        this.subject = subject;
    }

    public String label() {
        return label;
    }

    /** The lexicon subject the column itself names (3P:RECEPTION, BASIC …), or empty. */
    public String subject() {
        return subject;
    }

    /** Columns whose values are not money of the row (row numbers, rates, counts). */
    public boolean isMoney() {
        return this != ROW_NUMBER && this != CHANGE_RATE && this != COMPLETION_RATE && this != QUANTITY;
    }
}
