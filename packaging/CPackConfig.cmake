# Installation layout and CPack packages: .deb and .tar.gz on Linux, NSIS on Windows,
# a DragNDrop .dmg on macOS. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)
set(_pkg "${PROJECT_SOURCE_DIR}/packaging")

if(UNIX AND NOT APPLE)
    install(FILES "${_pkg}/linux/io.github.funnelcast.Funnelcast.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_pkg}/linux/io.github.funnelcast.Funnelcast.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_pkg}/linux/io.github.funnelcast.Funnelcast.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
    install(DIRECTORY "${_pkg}/linux/icons/hicolor"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
endif()

set(CPACK_PACKAGE_NAME "funnelcast")
set(CPACK_PACKAGE_VENDOR "The Funnelcast developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Social-media campaign planner with forecasts, optimizer and reports")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/funnelcast/funnelcast")
set(CPACK_PACKAGE_CONTACT "The Funnelcast developers <funnelcast@users.noreply.github.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Funnelcast")
set(CPACK_PACKAGE_EXECUTABLES "funnelcast" "Funnelcast")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Funnelcast")
    set(CPACK_NSIS_MUI_ICON "${_pkg}/windows/funnelcast.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\funnelcast.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Register .fcplan so plans open by double-click; the uninstaller removes the association only.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
        WriteRegStr HKCR '.fcplan' '' 'Funnelcast.Plan'
        WriteRegStr HKCR 'Funnelcast.Plan' '' 'Funnelcast Plan'
        WriteRegStr HKCR 'Funnelcast.Plan\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\funnelcast.exe,1'
        WriteRegStr HKCR 'Funnelcast.Plan\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\funnelcast.exe\\\" \\\"%1\\\"'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
        DeleteRegKey HKCR '.fcplan'
        DeleteRegKey HKCR 'Funnelcast.Plan'")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Funnelcast")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins, the SVG
    # image plugin, the Korean font and Qt's own translations.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")
endif()

include(CPack)
