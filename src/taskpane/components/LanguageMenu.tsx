// Language switch: 中文 / English. The choice is remembered (index.tsx stores it).
import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../domain/record/record";
import { usePane } from "../state/pane";

export function LanguageMenu() {
  const { t, lang, setLang } = usePane();
  return (
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
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
