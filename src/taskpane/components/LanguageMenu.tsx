// Language switch: 中文 / English. The choice is remembered (index.tsx stores it). The menu also
// opens 节假日安排 (CalendarNoticeDialog), the pane's one setting that is not per record.
import { Button, Menu, MenuDivider, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";
import { CalendarLtr20Regular, LocalLanguage20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useState } from "react";
import type { Lang } from "../../domain/record/record";
import { usePaneShell } from "../state/pane";

const CalendarNoticeDialog = lazy(() =>
  import(/* webpackChunkName: "calendar-notice" */ "./CalendarNoticeDialog").then((m) => ({ default: m.CalendarNoticeDialog })),
);

export function LanguageMenu() {
  const { t, lang, setLang } = usePaneShell();
  const [calendarOpen, setCalendarOpen] = useState(false);
  return (
    <>
      <Menu
        checkedValues={{ lang: [lang] }}
        onCheckedValueChange={(_, data) => {
          const next = data.checkedItems[0];
          if (next === "zh" || next === "en") setLang(next as Lang);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={t("lang.menu")} relationship="label">
            <Button appearance="subtle" icon={<LocalLanguage20Regular />} data-testid="lang-menu" />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItemRadio name="lang" value="zh" lang="zh-CN" data-testid="lang-zh">
              {t("lang.zh")}
            </MenuItemRadio>
            <MenuItemRadio name="lang" value="en" lang="en-US" data-testid="lang-en">
              {t("lang.en")}
            </MenuItemRadio>
            <MenuDivider />
            <MenuItem icon={<CalendarLtr20Regular />} onClick={() => setCalendarOpen(true)} data-testid="calendar-menu">
              {t("calendar.menu")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {calendarOpen && (
        <Suspense fallback={null}>
          <CalendarNoticeDialog onClose={() => setCalendarOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
