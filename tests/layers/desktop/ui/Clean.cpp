const auto label = tr("Select a person");
