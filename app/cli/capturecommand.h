#pragma once

#include <QString>

// `acr-netadmin capture …`: the walkthrough as screenshots and a step guide, on the built-in sandbox (byte-stable),
// or — with --cloud or --endpoint — the user's own estate, read-only.
namespace acrnet::cli {

// The whole command, from the raw command line (argv[1] is "capture"); returns the process's exit code.
int runCapture(int argc, char *argv[]);
// `help capture`: the command's options, in an application that exists already.
int printCaptureHelp(const QString &program);

} // namespace acrnet::cli
