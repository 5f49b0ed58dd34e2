/**
 * The command line: picocli commands that parse flags, call the core and map errors to exit codes.
 */
package org.netagraph.cli;
