# 1,000 services: s<i> depends on s<i-1> and s<i/2> (once when they are the
# same). Generated once by a small loop; startup = "parallel".
lifegen {
  startup          = "parallel"
  shutdown_timeout = "30s"
}

input "probe" {
  type = "*Probe"
}

service "s0" {
  type       = "*Node"
  start      = "NewRoot"
  stop       = "Close"
  depends_on = [input.probe]
}

service "s1" {
  type       = "*Node"
  start      = "NewOne"
  stop       = "Close"
  depends_on = [service.s0]
}

service "s2" {
  type       = "*Node"
  start      = "NewOne"
  stop       = "Close"
  depends_on = [service.s1]
}

service "s3" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s2, service.s1]
}

service "s4" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s3, service.s2]
}

service "s5" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s4, service.s2]
}

service "s6" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s5, service.s3]
}

service "s7" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s6, service.s3]
}

service "s8" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s7, service.s4]
}

service "s9" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s8, service.s4]
}

service "s10" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s9, service.s5]
}

service "s11" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s10, service.s5]
}

service "s12" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s11, service.s6]
}

service "s13" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s12, service.s6]
}

service "s14" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s13, service.s7]
}

service "s15" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s14, service.s7]
}

service "s16" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s15, service.s8]
}

service "s17" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s16, service.s8]
}

service "s18" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s17, service.s9]
}

service "s19" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s18, service.s9]
}

service "s20" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s19, service.s10]
}

service "s21" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s20, service.s10]
}

service "s22" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s21, service.s11]
}

service "s23" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s22, service.s11]
}

service "s24" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s23, service.s12]
}

service "s25" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s24, service.s12]
}

service "s26" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s25, service.s13]
}

service "s27" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s26, service.s13]
}

service "s28" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s27, service.s14]
}

service "s29" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s28, service.s14]
}

service "s30" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s29, service.s15]
}

service "s31" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s30, service.s15]
}

service "s32" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s31, service.s16]
}

service "s33" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s32, service.s16]
}

service "s34" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s33, service.s17]
}

service "s35" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s34, service.s17]
}

service "s36" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s35, service.s18]
}

service "s37" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s36, service.s18]
}

service "s38" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s37, service.s19]
}

service "s39" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s38, service.s19]
}

service "s40" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s39, service.s20]
}

service "s41" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s40, service.s20]
}

service "s42" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s41, service.s21]
}

service "s43" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s42, service.s21]
}

service "s44" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s43, service.s22]
}

service "s45" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s44, service.s22]
}

service "s46" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s45, service.s23]
}

service "s47" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s46, service.s23]
}

service "s48" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s47, service.s24]
}

service "s49" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s48, service.s24]
}

service "s50" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s49, service.s25]
}

service "s51" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s50, service.s25]
}

service "s52" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s51, service.s26]
}

service "s53" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s52, service.s26]
}

service "s54" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s53, service.s27]
}

service "s55" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s54, service.s27]
}

service "s56" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s55, service.s28]
}

service "s57" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s56, service.s28]
}

service "s58" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s57, service.s29]
}

service "s59" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s58, service.s29]
}

service "s60" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s59, service.s30]
}

service "s61" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s60, service.s30]
}

service "s62" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s61, service.s31]
}

service "s63" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s62, service.s31]
}

service "s64" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s63, service.s32]
}

service "s65" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s64, service.s32]
}

service "s66" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s65, service.s33]
}

service "s67" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s66, service.s33]
}

service "s68" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s67, service.s34]
}

service "s69" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s68, service.s34]
}

service "s70" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s69, service.s35]
}

service "s71" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s70, service.s35]
}

service "s72" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s71, service.s36]
}

service "s73" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s72, service.s36]
}

service "s74" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s73, service.s37]
}

service "s75" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s74, service.s37]
}

service "s76" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s75, service.s38]
}

service "s77" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s76, service.s38]
}

service "s78" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s77, service.s39]
}

service "s79" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s78, service.s39]
}

service "s80" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s79, service.s40]
}

service "s81" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s80, service.s40]
}

service "s82" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s81, service.s41]
}

service "s83" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s82, service.s41]
}

service "s84" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s83, service.s42]
}

service "s85" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s84, service.s42]
}

service "s86" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s85, service.s43]
}

service "s87" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s86, service.s43]
}

service "s88" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s87, service.s44]
}

service "s89" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s88, service.s44]
}

service "s90" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s89, service.s45]
}

service "s91" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s90, service.s45]
}

service "s92" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s91, service.s46]
}

service "s93" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s92, service.s46]
}

service "s94" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s93, service.s47]
}

service "s95" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s94, service.s47]
}

service "s96" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s95, service.s48]
}

service "s97" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s96, service.s48]
}

service "s98" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s97, service.s49]
}

service "s99" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s98, service.s49]
}

service "s100" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s99, service.s50]
}

service "s101" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s100, service.s50]
}

service "s102" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s101, service.s51]
}

service "s103" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s102, service.s51]
}

service "s104" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s103, service.s52]
}

service "s105" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s104, service.s52]
}

service "s106" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s105, service.s53]
}

service "s107" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s106, service.s53]
}

service "s108" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s107, service.s54]
}

service "s109" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s108, service.s54]
}

service "s110" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s109, service.s55]
}

service "s111" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s110, service.s55]
}

service "s112" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s111, service.s56]
}

service "s113" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s112, service.s56]
}

service "s114" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s113, service.s57]
}

service "s115" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s114, service.s57]
}

service "s116" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s115, service.s58]
}

service "s117" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s116, service.s58]
}

service "s118" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s117, service.s59]
}

service "s119" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s118, service.s59]
}

service "s120" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s119, service.s60]
}

service "s121" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s120, service.s60]
}

service "s122" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s121, service.s61]
}

service "s123" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s122, service.s61]
}

service "s124" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s123, service.s62]
}

service "s125" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s124, service.s62]
}

service "s126" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s125, service.s63]
}

service "s127" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s126, service.s63]
}

service "s128" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s127, service.s64]
}

service "s129" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s128, service.s64]
}

service "s130" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s129, service.s65]
}

service "s131" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s130, service.s65]
}

service "s132" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s131, service.s66]
}

service "s133" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s132, service.s66]
}

service "s134" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s133, service.s67]
}

service "s135" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s134, service.s67]
}

service "s136" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s135, service.s68]
}

service "s137" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s136, service.s68]
}

service "s138" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s137, service.s69]
}

service "s139" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s138, service.s69]
}

service "s140" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s139, service.s70]
}

service "s141" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s140, service.s70]
}

service "s142" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s141, service.s71]
}

service "s143" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s142, service.s71]
}

service "s144" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s143, service.s72]
}

service "s145" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s144, service.s72]
}

service "s146" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s145, service.s73]
}

service "s147" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s146, service.s73]
}

service "s148" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s147, service.s74]
}

service "s149" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s148, service.s74]
}

service "s150" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s149, service.s75]
}

service "s151" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s150, service.s75]
}

service "s152" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s151, service.s76]
}

service "s153" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s152, service.s76]
}

service "s154" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s153, service.s77]
}

service "s155" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s154, service.s77]
}

service "s156" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s155, service.s78]
}

service "s157" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s156, service.s78]
}

service "s158" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s157, service.s79]
}

service "s159" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s158, service.s79]
}

service "s160" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s159, service.s80]
}

service "s161" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s160, service.s80]
}

service "s162" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s161, service.s81]
}

service "s163" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s162, service.s81]
}

service "s164" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s163, service.s82]
}

service "s165" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s164, service.s82]
}

service "s166" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s165, service.s83]
}

service "s167" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s166, service.s83]
}

service "s168" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s167, service.s84]
}

service "s169" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s168, service.s84]
}

service "s170" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s169, service.s85]
}

service "s171" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s170, service.s85]
}

service "s172" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s171, service.s86]
}

service "s173" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s172, service.s86]
}

service "s174" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s173, service.s87]
}

service "s175" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s174, service.s87]
}

service "s176" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s175, service.s88]
}

service "s177" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s176, service.s88]
}

service "s178" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s177, service.s89]
}

service "s179" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s178, service.s89]
}

service "s180" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s179, service.s90]
}

service "s181" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s180, service.s90]
}

service "s182" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s181, service.s91]
}

service "s183" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s182, service.s91]
}

service "s184" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s183, service.s92]
}

service "s185" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s184, service.s92]
}

service "s186" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s185, service.s93]
}

service "s187" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s186, service.s93]
}

service "s188" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s187, service.s94]
}

service "s189" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s188, service.s94]
}

service "s190" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s189, service.s95]
}

service "s191" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s190, service.s95]
}

service "s192" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s191, service.s96]
}

service "s193" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s192, service.s96]
}

service "s194" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s193, service.s97]
}

service "s195" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s194, service.s97]
}

service "s196" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s195, service.s98]
}

service "s197" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s196, service.s98]
}

service "s198" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s197, service.s99]
}

service "s199" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s198, service.s99]
}

service "s200" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s199, service.s100]
}

service "s201" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s200, service.s100]
}

service "s202" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s201, service.s101]
}

service "s203" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s202, service.s101]
}

service "s204" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s203, service.s102]
}

service "s205" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s204, service.s102]
}

service "s206" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s205, service.s103]
}

service "s207" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s206, service.s103]
}

service "s208" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s207, service.s104]
}

service "s209" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s208, service.s104]
}

service "s210" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s209, service.s105]
}

service "s211" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s210, service.s105]
}

service "s212" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s211, service.s106]
}

service "s213" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s212, service.s106]
}

service "s214" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s213, service.s107]
}

service "s215" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s214, service.s107]
}

service "s216" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s215, service.s108]
}

service "s217" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s216, service.s108]
}

service "s218" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s217, service.s109]
}

service "s219" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s218, service.s109]
}

service "s220" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s219, service.s110]
}

service "s221" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s220, service.s110]
}

service "s222" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s221, service.s111]
}

service "s223" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s222, service.s111]
}

service "s224" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s223, service.s112]
}

service "s225" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s224, service.s112]
}

service "s226" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s225, service.s113]
}

service "s227" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s226, service.s113]
}

service "s228" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s227, service.s114]
}

service "s229" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s228, service.s114]
}

service "s230" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s229, service.s115]
}

service "s231" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s230, service.s115]
}

service "s232" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s231, service.s116]
}

service "s233" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s232, service.s116]
}

service "s234" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s233, service.s117]
}

service "s235" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s234, service.s117]
}

service "s236" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s235, service.s118]
}

service "s237" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s236, service.s118]
}

service "s238" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s237, service.s119]
}

service "s239" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s238, service.s119]
}

service "s240" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s239, service.s120]
}

service "s241" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s240, service.s120]
}

service "s242" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s241, service.s121]
}

service "s243" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s242, service.s121]
}

service "s244" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s243, service.s122]
}

service "s245" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s244, service.s122]
}

service "s246" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s245, service.s123]
}

service "s247" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s246, service.s123]
}

service "s248" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s247, service.s124]
}

service "s249" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s248, service.s124]
}

service "s250" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s249, service.s125]
}

service "s251" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s250, service.s125]
}

service "s252" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s251, service.s126]
}

service "s253" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s252, service.s126]
}

service "s254" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s253, service.s127]
}

service "s255" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s254, service.s127]
}

service "s256" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s255, service.s128]
}

service "s257" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s256, service.s128]
}

service "s258" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s257, service.s129]
}

service "s259" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s258, service.s129]
}

service "s260" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s259, service.s130]
}

service "s261" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s260, service.s130]
}

service "s262" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s261, service.s131]
}

service "s263" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s262, service.s131]
}

service "s264" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s263, service.s132]
}

service "s265" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s264, service.s132]
}

service "s266" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s265, service.s133]
}

service "s267" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s266, service.s133]
}

service "s268" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s267, service.s134]
}

service "s269" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s268, service.s134]
}

service "s270" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s269, service.s135]
}

service "s271" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s270, service.s135]
}

service "s272" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s271, service.s136]
}

service "s273" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s272, service.s136]
}

service "s274" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s273, service.s137]
}

service "s275" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s274, service.s137]
}

service "s276" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s275, service.s138]
}

service "s277" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s276, service.s138]
}

service "s278" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s277, service.s139]
}

service "s279" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s278, service.s139]
}

service "s280" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s279, service.s140]
}

service "s281" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s280, service.s140]
}

service "s282" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s281, service.s141]
}

service "s283" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s282, service.s141]
}

service "s284" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s283, service.s142]
}

service "s285" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s284, service.s142]
}

service "s286" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s285, service.s143]
}

service "s287" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s286, service.s143]
}

service "s288" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s287, service.s144]
}

service "s289" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s288, service.s144]
}

service "s290" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s289, service.s145]
}

service "s291" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s290, service.s145]
}

service "s292" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s291, service.s146]
}

service "s293" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s292, service.s146]
}

service "s294" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s293, service.s147]
}

service "s295" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s294, service.s147]
}

service "s296" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s295, service.s148]
}

service "s297" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s296, service.s148]
}

service "s298" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s297, service.s149]
}

service "s299" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s298, service.s149]
}

service "s300" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s299, service.s150]
}

service "s301" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s300, service.s150]
}

service "s302" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s301, service.s151]
}

service "s303" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s302, service.s151]
}

service "s304" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s303, service.s152]
}

service "s305" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s304, service.s152]
}

service "s306" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s305, service.s153]
}

service "s307" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s306, service.s153]
}

service "s308" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s307, service.s154]
}

service "s309" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s308, service.s154]
}

service "s310" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s309, service.s155]
}

service "s311" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s310, service.s155]
}

service "s312" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s311, service.s156]
}

service "s313" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s312, service.s156]
}

service "s314" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s313, service.s157]
}

service "s315" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s314, service.s157]
}

service "s316" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s315, service.s158]
}

service "s317" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s316, service.s158]
}

service "s318" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s317, service.s159]
}

service "s319" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s318, service.s159]
}

service "s320" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s319, service.s160]
}

service "s321" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s320, service.s160]
}

service "s322" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s321, service.s161]
}

service "s323" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s322, service.s161]
}

service "s324" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s323, service.s162]
}

service "s325" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s324, service.s162]
}

service "s326" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s325, service.s163]
}

service "s327" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s326, service.s163]
}

service "s328" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s327, service.s164]
}

service "s329" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s328, service.s164]
}

service "s330" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s329, service.s165]
}

service "s331" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s330, service.s165]
}

service "s332" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s331, service.s166]
}

service "s333" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s332, service.s166]
}

service "s334" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s333, service.s167]
}

service "s335" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s334, service.s167]
}

service "s336" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s335, service.s168]
}

service "s337" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s336, service.s168]
}

service "s338" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s337, service.s169]
}

service "s339" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s338, service.s169]
}

service "s340" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s339, service.s170]
}

service "s341" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s340, service.s170]
}

service "s342" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s341, service.s171]
}

service "s343" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s342, service.s171]
}

service "s344" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s343, service.s172]
}

service "s345" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s344, service.s172]
}

service "s346" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s345, service.s173]
}

service "s347" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s346, service.s173]
}

service "s348" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s347, service.s174]
}

service "s349" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s348, service.s174]
}

service "s350" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s349, service.s175]
}

service "s351" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s350, service.s175]
}

service "s352" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s351, service.s176]
}

service "s353" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s352, service.s176]
}

service "s354" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s353, service.s177]
}

service "s355" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s354, service.s177]
}

service "s356" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s355, service.s178]
}

service "s357" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s356, service.s178]
}

service "s358" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s357, service.s179]
}

service "s359" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s358, service.s179]
}

service "s360" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s359, service.s180]
}

service "s361" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s360, service.s180]
}

service "s362" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s361, service.s181]
}

service "s363" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s362, service.s181]
}

service "s364" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s363, service.s182]
}

service "s365" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s364, service.s182]
}

service "s366" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s365, service.s183]
}

service "s367" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s366, service.s183]
}

service "s368" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s367, service.s184]
}

service "s369" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s368, service.s184]
}

service "s370" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s369, service.s185]
}

service "s371" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s370, service.s185]
}

service "s372" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s371, service.s186]
}

service "s373" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s372, service.s186]
}

service "s374" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s373, service.s187]
}

service "s375" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s374, service.s187]
}

service "s376" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s375, service.s188]
}

service "s377" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s376, service.s188]
}

service "s378" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s377, service.s189]
}

service "s379" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s378, service.s189]
}

service "s380" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s379, service.s190]
}

service "s381" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s380, service.s190]
}

service "s382" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s381, service.s191]
}

service "s383" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s382, service.s191]
}

service "s384" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s383, service.s192]
}

service "s385" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s384, service.s192]
}

service "s386" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s385, service.s193]
}

service "s387" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s386, service.s193]
}

service "s388" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s387, service.s194]
}

service "s389" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s388, service.s194]
}

service "s390" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s389, service.s195]
}

service "s391" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s390, service.s195]
}

service "s392" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s391, service.s196]
}

service "s393" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s392, service.s196]
}

service "s394" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s393, service.s197]
}

service "s395" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s394, service.s197]
}

service "s396" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s395, service.s198]
}

service "s397" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s396, service.s198]
}

service "s398" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s397, service.s199]
}

service "s399" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s398, service.s199]
}

service "s400" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s399, service.s200]
}

service "s401" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s400, service.s200]
}

service "s402" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s401, service.s201]
}

service "s403" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s402, service.s201]
}

service "s404" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s403, service.s202]
}

service "s405" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s404, service.s202]
}

service "s406" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s405, service.s203]
}

service "s407" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s406, service.s203]
}

service "s408" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s407, service.s204]
}

service "s409" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s408, service.s204]
}

service "s410" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s409, service.s205]
}

service "s411" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s410, service.s205]
}

service "s412" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s411, service.s206]
}

service "s413" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s412, service.s206]
}

service "s414" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s413, service.s207]
}

service "s415" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s414, service.s207]
}

service "s416" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s415, service.s208]
}

service "s417" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s416, service.s208]
}

service "s418" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s417, service.s209]
}

service "s419" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s418, service.s209]
}

service "s420" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s419, service.s210]
}

service "s421" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s420, service.s210]
}

service "s422" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s421, service.s211]
}

service "s423" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s422, service.s211]
}

service "s424" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s423, service.s212]
}

service "s425" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s424, service.s212]
}

service "s426" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s425, service.s213]
}

service "s427" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s426, service.s213]
}

service "s428" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s427, service.s214]
}

service "s429" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s428, service.s214]
}

service "s430" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s429, service.s215]
}

service "s431" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s430, service.s215]
}

service "s432" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s431, service.s216]
}

service "s433" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s432, service.s216]
}

service "s434" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s433, service.s217]
}

service "s435" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s434, service.s217]
}

service "s436" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s435, service.s218]
}

service "s437" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s436, service.s218]
}

service "s438" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s437, service.s219]
}

service "s439" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s438, service.s219]
}

service "s440" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s439, service.s220]
}

service "s441" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s440, service.s220]
}

service "s442" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s441, service.s221]
}

service "s443" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s442, service.s221]
}

service "s444" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s443, service.s222]
}

service "s445" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s444, service.s222]
}

service "s446" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s445, service.s223]
}

service "s447" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s446, service.s223]
}

service "s448" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s447, service.s224]
}

service "s449" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s448, service.s224]
}

service "s450" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s449, service.s225]
}

service "s451" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s450, service.s225]
}

service "s452" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s451, service.s226]
}

service "s453" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s452, service.s226]
}

service "s454" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s453, service.s227]
}

service "s455" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s454, service.s227]
}

service "s456" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s455, service.s228]
}

service "s457" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s456, service.s228]
}

service "s458" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s457, service.s229]
}

service "s459" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s458, service.s229]
}

service "s460" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s459, service.s230]
}

service "s461" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s460, service.s230]
}

service "s462" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s461, service.s231]
}

service "s463" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s462, service.s231]
}

service "s464" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s463, service.s232]
}

service "s465" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s464, service.s232]
}

service "s466" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s465, service.s233]
}

service "s467" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s466, service.s233]
}

service "s468" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s467, service.s234]
}

service "s469" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s468, service.s234]
}

service "s470" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s469, service.s235]
}

service "s471" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s470, service.s235]
}

service "s472" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s471, service.s236]
}

service "s473" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s472, service.s236]
}

service "s474" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s473, service.s237]
}

service "s475" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s474, service.s237]
}

service "s476" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s475, service.s238]
}

service "s477" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s476, service.s238]
}

service "s478" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s477, service.s239]
}

service "s479" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s478, service.s239]
}

service "s480" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s479, service.s240]
}

service "s481" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s480, service.s240]
}

service "s482" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s481, service.s241]
}

service "s483" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s482, service.s241]
}

service "s484" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s483, service.s242]
}

service "s485" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s484, service.s242]
}

service "s486" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s485, service.s243]
}

service "s487" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s486, service.s243]
}

service "s488" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s487, service.s244]
}

service "s489" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s488, service.s244]
}

service "s490" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s489, service.s245]
}

service "s491" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s490, service.s245]
}

service "s492" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s491, service.s246]
}

service "s493" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s492, service.s246]
}

service "s494" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s493, service.s247]
}

service "s495" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s494, service.s247]
}

service "s496" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s495, service.s248]
}

service "s497" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s496, service.s248]
}

service "s498" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s497, service.s249]
}

service "s499" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s498, service.s249]
}

service "s500" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s499, service.s250]
}

service "s501" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s500, service.s250]
}

service "s502" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s501, service.s251]
}

service "s503" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s502, service.s251]
}

service "s504" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s503, service.s252]
}

service "s505" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s504, service.s252]
}

service "s506" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s505, service.s253]
}

service "s507" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s506, service.s253]
}

service "s508" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s507, service.s254]
}

service "s509" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s508, service.s254]
}

service "s510" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s509, service.s255]
}

service "s511" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s510, service.s255]
}

service "s512" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s511, service.s256]
}

service "s513" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s512, service.s256]
}

service "s514" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s513, service.s257]
}

service "s515" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s514, service.s257]
}

service "s516" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s515, service.s258]
}

service "s517" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s516, service.s258]
}

service "s518" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s517, service.s259]
}

service "s519" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s518, service.s259]
}

service "s520" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s519, service.s260]
}

service "s521" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s520, service.s260]
}

service "s522" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s521, service.s261]
}

service "s523" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s522, service.s261]
}

service "s524" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s523, service.s262]
}

service "s525" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s524, service.s262]
}

service "s526" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s525, service.s263]
}

service "s527" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s526, service.s263]
}

service "s528" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s527, service.s264]
}

service "s529" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s528, service.s264]
}

service "s530" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s529, service.s265]
}

service "s531" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s530, service.s265]
}

service "s532" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s531, service.s266]
}

service "s533" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s532, service.s266]
}

service "s534" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s533, service.s267]
}

service "s535" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s534, service.s267]
}

service "s536" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s535, service.s268]
}

service "s537" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s536, service.s268]
}

service "s538" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s537, service.s269]
}

service "s539" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s538, service.s269]
}

service "s540" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s539, service.s270]
}

service "s541" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s540, service.s270]
}

service "s542" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s541, service.s271]
}

service "s543" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s542, service.s271]
}

service "s544" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s543, service.s272]
}

service "s545" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s544, service.s272]
}

service "s546" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s545, service.s273]
}

service "s547" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s546, service.s273]
}

service "s548" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s547, service.s274]
}

service "s549" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s548, service.s274]
}

service "s550" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s549, service.s275]
}

service "s551" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s550, service.s275]
}

service "s552" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s551, service.s276]
}

service "s553" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s552, service.s276]
}

service "s554" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s553, service.s277]
}

service "s555" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s554, service.s277]
}

service "s556" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s555, service.s278]
}

service "s557" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s556, service.s278]
}

service "s558" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s557, service.s279]
}

service "s559" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s558, service.s279]
}

service "s560" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s559, service.s280]
}

service "s561" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s560, service.s280]
}

service "s562" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s561, service.s281]
}

service "s563" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s562, service.s281]
}

service "s564" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s563, service.s282]
}

service "s565" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s564, service.s282]
}

service "s566" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s565, service.s283]
}

service "s567" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s566, service.s283]
}

service "s568" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s567, service.s284]
}

service "s569" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s568, service.s284]
}

service "s570" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s569, service.s285]
}

service "s571" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s570, service.s285]
}

service "s572" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s571, service.s286]
}

service "s573" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s572, service.s286]
}

service "s574" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s573, service.s287]
}

service "s575" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s574, service.s287]
}

service "s576" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s575, service.s288]
}

service "s577" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s576, service.s288]
}

service "s578" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s577, service.s289]
}

service "s579" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s578, service.s289]
}

service "s580" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s579, service.s290]
}

service "s581" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s580, service.s290]
}

service "s582" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s581, service.s291]
}

service "s583" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s582, service.s291]
}

service "s584" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s583, service.s292]
}

service "s585" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s584, service.s292]
}

service "s586" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s585, service.s293]
}

service "s587" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s586, service.s293]
}

service "s588" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s587, service.s294]
}

service "s589" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s588, service.s294]
}

service "s590" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s589, service.s295]
}

service "s591" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s590, service.s295]
}

service "s592" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s591, service.s296]
}

service "s593" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s592, service.s296]
}

service "s594" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s593, service.s297]
}

service "s595" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s594, service.s297]
}

service "s596" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s595, service.s298]
}

service "s597" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s596, service.s298]
}

service "s598" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s597, service.s299]
}

service "s599" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s598, service.s299]
}

service "s600" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s599, service.s300]
}

service "s601" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s600, service.s300]
}

service "s602" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s601, service.s301]
}

service "s603" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s602, service.s301]
}

service "s604" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s603, service.s302]
}

service "s605" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s604, service.s302]
}

service "s606" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s605, service.s303]
}

service "s607" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s606, service.s303]
}

service "s608" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s607, service.s304]
}

service "s609" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s608, service.s304]
}

service "s610" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s609, service.s305]
}

service "s611" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s610, service.s305]
}

service "s612" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s611, service.s306]
}

service "s613" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s612, service.s306]
}

service "s614" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s613, service.s307]
}

service "s615" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s614, service.s307]
}

service "s616" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s615, service.s308]
}

service "s617" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s616, service.s308]
}

service "s618" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s617, service.s309]
}

service "s619" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s618, service.s309]
}

service "s620" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s619, service.s310]
}

service "s621" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s620, service.s310]
}

service "s622" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s621, service.s311]
}

service "s623" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s622, service.s311]
}

service "s624" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s623, service.s312]
}

service "s625" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s624, service.s312]
}

service "s626" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s625, service.s313]
}

service "s627" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s626, service.s313]
}

service "s628" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s627, service.s314]
}

service "s629" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s628, service.s314]
}

service "s630" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s629, service.s315]
}

service "s631" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s630, service.s315]
}

service "s632" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s631, service.s316]
}

service "s633" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s632, service.s316]
}

service "s634" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s633, service.s317]
}

service "s635" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s634, service.s317]
}

service "s636" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s635, service.s318]
}

service "s637" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s636, service.s318]
}

service "s638" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s637, service.s319]
}

service "s639" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s638, service.s319]
}

service "s640" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s639, service.s320]
}

service "s641" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s640, service.s320]
}

service "s642" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s641, service.s321]
}

service "s643" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s642, service.s321]
}

service "s644" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s643, service.s322]
}

service "s645" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s644, service.s322]
}

service "s646" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s645, service.s323]
}

service "s647" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s646, service.s323]
}

service "s648" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s647, service.s324]
}

service "s649" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s648, service.s324]
}

service "s650" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s649, service.s325]
}

service "s651" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s650, service.s325]
}

service "s652" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s651, service.s326]
}

service "s653" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s652, service.s326]
}

service "s654" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s653, service.s327]
}

service "s655" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s654, service.s327]
}

service "s656" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s655, service.s328]
}

service "s657" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s656, service.s328]
}

service "s658" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s657, service.s329]
}

service "s659" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s658, service.s329]
}

service "s660" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s659, service.s330]
}

service "s661" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s660, service.s330]
}

service "s662" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s661, service.s331]
}

service "s663" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s662, service.s331]
}

service "s664" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s663, service.s332]
}

service "s665" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s664, service.s332]
}

service "s666" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s665, service.s333]
}

service "s667" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s666, service.s333]
}

service "s668" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s667, service.s334]
}

service "s669" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s668, service.s334]
}

service "s670" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s669, service.s335]
}

service "s671" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s670, service.s335]
}

service "s672" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s671, service.s336]
}

service "s673" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s672, service.s336]
}

service "s674" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s673, service.s337]
}

service "s675" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s674, service.s337]
}

service "s676" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s675, service.s338]
}

service "s677" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s676, service.s338]
}

service "s678" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s677, service.s339]
}

service "s679" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s678, service.s339]
}

service "s680" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s679, service.s340]
}

service "s681" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s680, service.s340]
}

service "s682" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s681, service.s341]
}

service "s683" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s682, service.s341]
}

service "s684" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s683, service.s342]
}

service "s685" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s684, service.s342]
}

service "s686" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s685, service.s343]
}

service "s687" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s686, service.s343]
}

service "s688" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s687, service.s344]
}

service "s689" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s688, service.s344]
}

service "s690" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s689, service.s345]
}

service "s691" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s690, service.s345]
}

service "s692" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s691, service.s346]
}

service "s693" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s692, service.s346]
}

service "s694" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s693, service.s347]
}

service "s695" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s694, service.s347]
}

service "s696" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s695, service.s348]
}

service "s697" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s696, service.s348]
}

service "s698" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s697, service.s349]
}

service "s699" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s698, service.s349]
}

service "s700" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s699, service.s350]
}

service "s701" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s700, service.s350]
}

service "s702" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s701, service.s351]
}

service "s703" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s702, service.s351]
}

service "s704" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s703, service.s352]
}

service "s705" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s704, service.s352]
}

service "s706" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s705, service.s353]
}

service "s707" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s706, service.s353]
}

service "s708" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s707, service.s354]
}

service "s709" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s708, service.s354]
}

service "s710" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s709, service.s355]
}

service "s711" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s710, service.s355]
}

service "s712" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s711, service.s356]
}

service "s713" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s712, service.s356]
}

service "s714" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s713, service.s357]
}

service "s715" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s714, service.s357]
}

service "s716" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s715, service.s358]
}

service "s717" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s716, service.s358]
}

service "s718" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s717, service.s359]
}

service "s719" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s718, service.s359]
}

service "s720" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s719, service.s360]
}

service "s721" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s720, service.s360]
}

service "s722" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s721, service.s361]
}

service "s723" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s722, service.s361]
}

service "s724" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s723, service.s362]
}

service "s725" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s724, service.s362]
}

service "s726" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s725, service.s363]
}

service "s727" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s726, service.s363]
}

service "s728" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s727, service.s364]
}

service "s729" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s728, service.s364]
}

service "s730" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s729, service.s365]
}

service "s731" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s730, service.s365]
}

service "s732" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s731, service.s366]
}

service "s733" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s732, service.s366]
}

service "s734" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s733, service.s367]
}

service "s735" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s734, service.s367]
}

service "s736" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s735, service.s368]
}

service "s737" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s736, service.s368]
}

service "s738" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s737, service.s369]
}

service "s739" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s738, service.s369]
}

service "s740" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s739, service.s370]
}

service "s741" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s740, service.s370]
}

service "s742" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s741, service.s371]
}

service "s743" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s742, service.s371]
}

service "s744" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s743, service.s372]
}

service "s745" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s744, service.s372]
}

service "s746" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s745, service.s373]
}

service "s747" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s746, service.s373]
}

service "s748" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s747, service.s374]
}

service "s749" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s748, service.s374]
}

service "s750" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s749, service.s375]
}

service "s751" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s750, service.s375]
}

service "s752" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s751, service.s376]
}

service "s753" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s752, service.s376]
}

service "s754" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s753, service.s377]
}

service "s755" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s754, service.s377]
}

service "s756" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s755, service.s378]
}

service "s757" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s756, service.s378]
}

service "s758" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s757, service.s379]
}

service "s759" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s758, service.s379]
}

service "s760" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s759, service.s380]
}

service "s761" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s760, service.s380]
}

service "s762" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s761, service.s381]
}

service "s763" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s762, service.s381]
}

service "s764" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s763, service.s382]
}

service "s765" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s764, service.s382]
}

service "s766" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s765, service.s383]
}

service "s767" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s766, service.s383]
}

service "s768" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s767, service.s384]
}

service "s769" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s768, service.s384]
}

service "s770" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s769, service.s385]
}

service "s771" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s770, service.s385]
}

service "s772" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s771, service.s386]
}

service "s773" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s772, service.s386]
}

service "s774" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s773, service.s387]
}

service "s775" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s774, service.s387]
}

service "s776" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s775, service.s388]
}

service "s777" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s776, service.s388]
}

service "s778" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s777, service.s389]
}

service "s779" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s778, service.s389]
}

service "s780" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s779, service.s390]
}

service "s781" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s780, service.s390]
}

service "s782" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s781, service.s391]
}

service "s783" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s782, service.s391]
}

service "s784" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s783, service.s392]
}

service "s785" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s784, service.s392]
}

service "s786" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s785, service.s393]
}

service "s787" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s786, service.s393]
}

service "s788" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s787, service.s394]
}

service "s789" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s788, service.s394]
}

service "s790" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s789, service.s395]
}

service "s791" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s790, service.s395]
}

service "s792" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s791, service.s396]
}

service "s793" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s792, service.s396]
}

service "s794" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s793, service.s397]
}

service "s795" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s794, service.s397]
}

service "s796" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s795, service.s398]
}

service "s797" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s796, service.s398]
}

service "s798" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s797, service.s399]
}

service "s799" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s798, service.s399]
}

service "s800" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s799, service.s400]
}

service "s801" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s800, service.s400]
}

service "s802" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s801, service.s401]
}

service "s803" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s802, service.s401]
}

service "s804" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s803, service.s402]
}

service "s805" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s804, service.s402]
}

service "s806" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s805, service.s403]
}

service "s807" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s806, service.s403]
}

service "s808" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s807, service.s404]
}

service "s809" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s808, service.s404]
}

service "s810" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s809, service.s405]
}

service "s811" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s810, service.s405]
}

service "s812" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s811, service.s406]
}

service "s813" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s812, service.s406]
}

service "s814" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s813, service.s407]
}

service "s815" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s814, service.s407]
}

service "s816" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s815, service.s408]
}

service "s817" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s816, service.s408]
}

service "s818" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s817, service.s409]
}

service "s819" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s818, service.s409]
}

service "s820" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s819, service.s410]
}

service "s821" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s820, service.s410]
}

service "s822" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s821, service.s411]
}

service "s823" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s822, service.s411]
}

service "s824" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s823, service.s412]
}

service "s825" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s824, service.s412]
}

service "s826" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s825, service.s413]
}

service "s827" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s826, service.s413]
}

service "s828" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s827, service.s414]
}

service "s829" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s828, service.s414]
}

service "s830" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s829, service.s415]
}

service "s831" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s830, service.s415]
}

service "s832" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s831, service.s416]
}

service "s833" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s832, service.s416]
}

service "s834" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s833, service.s417]
}

service "s835" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s834, service.s417]
}

service "s836" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s835, service.s418]
}

service "s837" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s836, service.s418]
}

service "s838" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s837, service.s419]
}

service "s839" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s838, service.s419]
}

service "s840" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s839, service.s420]
}

service "s841" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s840, service.s420]
}

service "s842" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s841, service.s421]
}

service "s843" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s842, service.s421]
}

service "s844" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s843, service.s422]
}

service "s845" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s844, service.s422]
}

service "s846" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s845, service.s423]
}

service "s847" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s846, service.s423]
}

service "s848" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s847, service.s424]
}

service "s849" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s848, service.s424]
}

service "s850" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s849, service.s425]
}

service "s851" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s850, service.s425]
}

service "s852" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s851, service.s426]
}

service "s853" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s852, service.s426]
}

service "s854" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s853, service.s427]
}

service "s855" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s854, service.s427]
}

service "s856" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s855, service.s428]
}

service "s857" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s856, service.s428]
}

service "s858" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s857, service.s429]
}

service "s859" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s858, service.s429]
}

service "s860" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s859, service.s430]
}

service "s861" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s860, service.s430]
}

service "s862" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s861, service.s431]
}

service "s863" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s862, service.s431]
}

service "s864" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s863, service.s432]
}

service "s865" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s864, service.s432]
}

service "s866" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s865, service.s433]
}

service "s867" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s866, service.s433]
}

service "s868" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s867, service.s434]
}

service "s869" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s868, service.s434]
}

service "s870" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s869, service.s435]
}

service "s871" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s870, service.s435]
}

service "s872" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s871, service.s436]
}

service "s873" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s872, service.s436]
}

service "s874" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s873, service.s437]
}

service "s875" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s874, service.s437]
}

service "s876" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s875, service.s438]
}

service "s877" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s876, service.s438]
}

service "s878" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s877, service.s439]
}

service "s879" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s878, service.s439]
}

service "s880" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s879, service.s440]
}

service "s881" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s880, service.s440]
}

service "s882" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s881, service.s441]
}

service "s883" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s882, service.s441]
}

service "s884" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s883, service.s442]
}

service "s885" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s884, service.s442]
}

service "s886" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s885, service.s443]
}

service "s887" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s886, service.s443]
}

service "s888" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s887, service.s444]
}

service "s889" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s888, service.s444]
}

service "s890" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s889, service.s445]
}

service "s891" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s890, service.s445]
}

service "s892" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s891, service.s446]
}

service "s893" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s892, service.s446]
}

service "s894" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s893, service.s447]
}

service "s895" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s894, service.s447]
}

service "s896" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s895, service.s448]
}

service "s897" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s896, service.s448]
}

service "s898" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s897, service.s449]
}

service "s899" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s898, service.s449]
}

service "s900" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s899, service.s450]
}

service "s901" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s900, service.s450]
}

service "s902" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s901, service.s451]
}

service "s903" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s902, service.s451]
}

service "s904" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s903, service.s452]
}

service "s905" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s904, service.s452]
}

service "s906" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s905, service.s453]
}

service "s907" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s906, service.s453]
}

service "s908" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s907, service.s454]
}

service "s909" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s908, service.s454]
}

service "s910" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s909, service.s455]
}

service "s911" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s910, service.s455]
}

service "s912" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s911, service.s456]
}

service "s913" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s912, service.s456]
}

service "s914" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s913, service.s457]
}

service "s915" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s914, service.s457]
}

service "s916" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s915, service.s458]
}

service "s917" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s916, service.s458]
}

service "s918" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s917, service.s459]
}

service "s919" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s918, service.s459]
}

service "s920" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s919, service.s460]
}

service "s921" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s920, service.s460]
}

service "s922" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s921, service.s461]
}

service "s923" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s922, service.s461]
}

service "s924" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s923, service.s462]
}

service "s925" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s924, service.s462]
}

service "s926" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s925, service.s463]
}

service "s927" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s926, service.s463]
}

service "s928" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s927, service.s464]
}

service "s929" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s928, service.s464]
}

service "s930" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s929, service.s465]
}

service "s931" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s930, service.s465]
}

service "s932" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s931, service.s466]
}

service "s933" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s932, service.s466]
}

service "s934" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s933, service.s467]
}

service "s935" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s934, service.s467]
}

service "s936" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s935, service.s468]
}

service "s937" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s936, service.s468]
}

service "s938" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s937, service.s469]
}

service "s939" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s938, service.s469]
}

service "s940" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s939, service.s470]
}

service "s941" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s940, service.s470]
}

service "s942" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s941, service.s471]
}

service "s943" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s942, service.s471]
}

service "s944" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s943, service.s472]
}

service "s945" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s944, service.s472]
}

service "s946" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s945, service.s473]
}

service "s947" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s946, service.s473]
}

service "s948" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s947, service.s474]
}

service "s949" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s948, service.s474]
}

service "s950" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s949, service.s475]
}

service "s951" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s950, service.s475]
}

service "s952" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s951, service.s476]
}

service "s953" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s952, service.s476]
}

service "s954" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s953, service.s477]
}

service "s955" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s954, service.s477]
}

service "s956" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s955, service.s478]
}

service "s957" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s956, service.s478]
}

service "s958" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s957, service.s479]
}

service "s959" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s958, service.s479]
}

service "s960" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s959, service.s480]
}

service "s961" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s960, service.s480]
}

service "s962" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s961, service.s481]
}

service "s963" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s962, service.s481]
}

service "s964" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s963, service.s482]
}

service "s965" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s964, service.s482]
}

service "s966" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s965, service.s483]
}

service "s967" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s966, service.s483]
}

service "s968" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s967, service.s484]
}

service "s969" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s968, service.s484]
}

service "s970" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s969, service.s485]
}

service "s971" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s970, service.s485]
}

service "s972" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s971, service.s486]
}

service "s973" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s972, service.s486]
}

service "s974" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s973, service.s487]
}

service "s975" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s974, service.s487]
}

service "s976" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s975, service.s488]
}

service "s977" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s976, service.s488]
}

service "s978" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s977, service.s489]
}

service "s979" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s978, service.s489]
}

service "s980" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s979, service.s490]
}

service "s981" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s980, service.s490]
}

service "s982" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s981, service.s491]
}

service "s983" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s982, service.s491]
}

service "s984" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s983, service.s492]
}

service "s985" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s984, service.s492]
}

service "s986" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s985, service.s493]
}

service "s987" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s986, service.s493]
}

service "s988" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s987, service.s494]
}

service "s989" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s988, service.s494]
}

service "s990" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s989, service.s495]
}

service "s991" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s990, service.s495]
}

service "s992" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s991, service.s496]
}

service "s993" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s992, service.s496]
}

service "s994" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s993, service.s497]
}

service "s995" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s994, service.s497]
}

service "s996" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s995, service.s498]
}

service "s997" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s996, service.s498]
}

service "s998" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s997, service.s499]
}

service "s999" {
  type       = "*Node"
  start      = "NewTwo"
  stop       = "Close"
  depends_on = [service.s998, service.s499]
}
