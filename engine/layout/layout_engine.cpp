#include "layout/layout_engine.h"
