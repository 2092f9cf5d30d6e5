// Package rules holds the government's work rules (《溧阳市人民政府工作规则》)
// as pure functions: no SQL, no files, no Fyne. Each rule names its clause
// (五, 六, 八 …) in its comment and in the table test that checks it, so a
// reader can find any clause here by searching for its number.
package rules
