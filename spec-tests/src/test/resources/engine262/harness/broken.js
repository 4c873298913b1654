// A harness file that throws while it loads.
undefinedHarnessFunction();
