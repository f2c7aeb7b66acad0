package vn.gov.cchc.task.importing;

/** The columns of the appendix table, with the label that problems name them by. */
enum Column {
    TT("TT"), CONTENT("content"), LEAD("lead"), COOPERATING("cooperating"), TIMEFRAME("timeframe"), OUTPUT("output");

    final String label;

    Column(String label) {
        this.label = label;
    }
}
