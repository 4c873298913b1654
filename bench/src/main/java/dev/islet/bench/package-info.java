/** JMH benchmarks: islet measured beside Rhino, Nashorn and GraalJS in the same run. */
package dev.islet.bench;
